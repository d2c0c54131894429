package org.meritledger.rewards.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(
            value = {
                "1|1", "100|100", " 42 |42", "+7|7", "5.0|5", "007|7",
            },
            delimiter = '|')
    void wholeNumbersFromOneToTheMaximumAreAccepted(String text, long expected) {
        Amounts.Parsed p = Amounts.parse(text, 100);
        assertNull(p.problemKey());
        assertEquals(expected, p.value());
    }

    @ParameterizedTest
    @CsvSource(
            value = {
                "''|validation.rewards.amount.required",
                "'   '|validation.rewards.amount.required",
                "0|validation.rewards.amount.tooSmall",
                "-3|validation.rewards.amount.tooSmall",
                "0.5|validation.rewards.amount.notWhole",
                "2.5|validation.rewards.amount.notWhole",
                "ten|validation.rewards.amount.notNumber",
                "1e2|validation.rewards.amount.notNumber",
                "0x10|validation.rewards.amount.notNumber",
                "1,000|validation.rewards.amount.notNumber",
                "101|validation.rewards.amount.tooLarge",
                "123456789012345678901234567890|validation.rewards.amount.tooLarge",
            },
            delimiter = '|')
    void everyOtherInputHasItsOwnMessage(String text, String key) {
        assertEquals(key, Amounts.parse(text, 100).problemKey());
    }
}
