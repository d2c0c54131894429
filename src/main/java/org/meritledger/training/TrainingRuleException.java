package org.meritledger.training;

import java.util.Arrays;
import java.util.List;
import org.meritledger.base.InvalidInputException;

/**
 * A training rule said no (signed-off session edited, own correction approved, ...). Nothing
 * changed. An {@link InvalidInputException} about the request as a whole, so every client
 * already knows how to show it.
 */
public class TrainingRuleException extends InvalidInputException {

    public TrainingRuleException(String messageKey, Object... args) {
        super(null, messageKey, args);
    }

    public String messageKey() {
        return problems().get(0).messageKey();
    }

    public List<Object> args() {
        return Arrays.asList(problems().get(0).args());
    }
}
