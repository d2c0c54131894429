package org.meritledger.rewards.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.meritledger.base.InvalidInputException;

class CatalogRulesTest {

    private static final LongPredicate UNITS = id -> id == 7L;

    private static CatalogDraft draft(Integer cost, Integer stock, Integer limit, LimitPeriod period, Long unit) {
        return new CatalogDraft(
                "Weekend pass", "周末外出证", " Saturday to Sunday ", "", cost, stock, limit, period, unit, true);
    }

    /** field → message key of every problem. */
    private static Map<String, String> problems(CatalogDraft d) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogRules.check(d, UNITS, true));
        Map<String, String> out = new TreeMap<>();
        e.problems().forEach(p -> out.put(String.valueOf(p.field()), p.messageKey()));
        return out;
    }

    @Test
    void aValidDraftBecomesTrimmedTerms() {
        CatalogTerms t = CatalogRules.check(draft(40, 0, 1, LimitPeriod.MONTH, 7L), UNITS, true);
        assertEquals("Saturday to Sunday", t.descriptionEn());
        assertEquals(40, t.tokenCost());
        assertEquals(0, t.stock(), "zero stock is allowed: an item can run out");
        assertEquals(LimitPeriod.MONTH, t.limitPeriod());
        assertEquals(7L, t.visibleUnitId());
        assertEquals(true, t.active());
        assertEquals(true, t.needsApproval());
    }

    @Test
    void costMustBeAWholeNumberFromOneToTheMaximum() {
        assertEquals(Map.of("tokenCost", "validation.required"), problems(draft(null, null, null, null, null)));
        for (int bad : List.of(0, -5, CatalogRules.COST_MAX + 1, Integer.MAX_VALUE)) {
            assertEquals(
                    Map.of("tokenCost", "validation.catalog.cost.range"),
                    problems(draft(bad, null, null, null, null)),
                    "cost " + bad);
        }
        assertEquals(
                1,
                CatalogRules.check(draft(1, null, null, null, null), UNITS, true)
                        .tokenCost());
        assertEquals(
                CatalogRules.COST_MAX,
                CatalogRules.check(draft(CatalogRules.COST_MAX, null, null, null, null), UNITS, true)
                        .tokenCost());
    }

    @Test
    void stockIsUnlimitedOrZeroAndUp() {
        assertNull(CatalogRules.check(draft(5, null, null, null, null), UNITS, true)
                .stock());
        assertEquals(Map.of("stock", "validation.catalog.stock.range"), problems(draft(5, -1, null, null, null)));
        assertEquals(
                Map.of("stock", "validation.catalog.stock.range"),
                problems(draft(5, CatalogRules.STOCK_MAX + 1, null, null, null)));
    }

    @Test
    void aLimitNeedsBothCountAndPeriod() {
        assertEquals(
                Map.of("limitPeriod", "validation.catalog.limit.periodMissing"),
                problems(draft(5, null, 2, null, null)));
        assertEquals(
                Map.of("limitCount", "validation.catalog.limit.countMissing"),
                problems(draft(5, null, null, LimitPeriod.YEAR, null)));
        assertEquals(
                Map.of("limitCount", "validation.catalog.limit.range"),
                problems(draft(5, null, 0, LimitPeriod.YEAR, null)));
        assertEquals(
                Map.of("limitCount", "validation.catalog.limit.range"),
                problems(draft(5, null, CatalogRules.LIMIT_MAX + 1, LimitPeriod.YEAR, null)));
    }

    @Test
    void theUnitMustExist() {
        assertEquals(
                Map.of("visibleUnitId", "validation.catalog.unit.unknown"), problems(draft(5, null, null, null, 8L)));
    }

    @Test
    void namesInBothLanguagesAreRequiredAndEveryProblemIsReportedAtOnce() {
        CatalogDraft d = new CatalogDraft(
                " ", null, "x".repeat(CatalogRules.DESCRIPTION_MAX + 1), "", 0, -1, null, null, 99L, false);
        assertEquals(
                Map.of(
                        "nameEn", "validation.required",
                        "nameZh", "validation.required",
                        "descriptionEn", "validation.tooLong",
                        "tokenCost", "validation.catalog.cost.range",
                        "stock", "validation.catalog.stock.range",
                        "visibleUnitId", "validation.catalog.unit.unknown"),
                problems(d));
        assertEquals(
                Map.of("nameEn", "validation.tooLong"),
                problems(new CatalogDraft(
                        "n".repeat(CatalogRules.NAME_MAX + 1), "名", "", "", 5, null, null, null, null, false)));
    }

    @Test
    void changesListOnlyTheFieldsThatDiffer() {
        CatalogTerms before = CatalogRules.check(draft(40, 5, null, null, null), UNITS, true);
        CatalogTerms after = CatalogRules.check(draft(50, 4, null, null, null), UNITS, true);
        assertEquals(
                List.of(new CatalogTerms.Change("tokenCost", "40", "50"), new CatalogTerms.Change("stock", "5", "4")),
                after.changesFrom(before));
        assertEquals(
                List.of(new CatalogTerms.Change("active", "true", "false")),
                before.withActive(false).changesFrom(before));
    }
}
