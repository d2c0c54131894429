package org.meritledger.base;

/**
 * The caller may not do this, or may not see this record. Thrown by services whatever the UI
 * showed; the message key is translated by the client.
 */
public class AccessDeniedException extends RuntimeException {

    private final String messageKey;

    public AccessDeniedException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public AccessDeniedException(String detail) {
        this("error.accessDenied", detail);
    }

    public String messageKey() {
        return messageKey;
    }
}
