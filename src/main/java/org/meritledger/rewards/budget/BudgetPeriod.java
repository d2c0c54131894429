package org.meritledger.rewards.budget;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Budget periods are calendar months in UTC; unused allowance does not roll over. */
public record BudgetPeriod(YearMonth month) {

    public static BudgetPeriod of(Instant at) {
        return new BudgetPeriod(YearMonth.from(at.atZone(ZoneOffset.UTC)));
    }

    public Instant start() {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public String code() {
        return month.toString();
    }
}
