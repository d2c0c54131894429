package org.meritledger.rewards.catalog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WholeNumbersTest {

    @Test
    void readsWholeNumbersAndNamesWhatIsWrongWithTheRest() {
        assertEquals(new WholeNumbers.Parsed(null, null), WholeNumbers.parse("  "));
        assertEquals(new WholeNumbers.Parsed(40, null), WholeNumbers.parse(" 40 "));
        assertEquals(new WholeNumbers.Parsed(-3, null), WholeNumbers.parse("-3"));
        assertEquals(new WholeNumbers.Parsed(null, "validation.catalog.number.fraction"), WholeNumbers.parse("1.5"));
        assertEquals(new WholeNumbers.Parsed(null, "validation.catalog.number.fraction"), WholeNumbers.parse("2,5"));
        assertEquals(new WholeNumbers.Parsed(null, "validation.catalog.number.notWhole"), WholeNumbers.parse("ten"));
        assertEquals(new WholeNumbers.Parsed(null, "validation.catalog.number.notWhole"), WholeNumbers.parse("1e3"));
    }

    @Test
    void hugeNumbersAreClampedSoTheRangeCheckRefusesThem() {
        assertEquals(new WholeNumbers.Parsed(Integer.MAX_VALUE, null), WholeNumbers.parse("99999999999999999999"));
        assertEquals(new WholeNumbers.Parsed(Integer.MIN_VALUE, null), WholeNumbers.parse("-99999999999999999999"));
    }
}
