package org.meritledger.training;

import java.util.Arrays;
import java.util.List;

/** A training rule said no (signed-off session edited, own correction approved, ...). Nothing changed. */
public class TrainingRuleException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public TrainingRuleException(String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
