package org.meritledger.rewards.mytokens;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A soldier's balance over time for the chart: the balance at the end of each day with
 * movements, or of each month once there are more than {@value #MAX_DAYS} such days (a chart of
 * hundreds of points says no more than one of months). Pure, from the movements oldest first.
 */
public record BalanceTimeline(List<String> labels, List<Long> balances, boolean monthly) {

    public static final int MAX_DAYS = 90;

    public BalanceTimeline {
        labels = List.copyOf(labels);
        balances = List.copyOf(balances);
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }

    public static BalanceTimeline of(List<TokenReadings.Step> oldestFirst, ZoneId zone) {
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        long running = 0;
        for (TokenReadings.Step s : oldestFirst) {
            running += s.amount();
            byDay.put(LocalDate.ofInstant(s.at(), zone), running); // the last one of the day wins
        }
        if (byDay.size() <= MAX_DAYS) {
            return new BalanceTimeline(
                    byDay.keySet().stream().map(LocalDate::toString).toList(), new ArrayList<>(byDay.values()), false);
        }
        Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
        byDay.forEach((day, balance) -> byMonth.put(YearMonth.from(day), balance));
        return new BalanceTimeline(
                byMonth.keySet().stream().map(YearMonth::toString).toList(), new ArrayList<>(byMonth.values()), true);
    }
}
