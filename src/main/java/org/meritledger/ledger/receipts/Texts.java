package org.meritledger.ledger.receipts;

/** Translated text by key and MessageFormat arguments (a Vaadin component's {@code getTranslation}). */
@FunctionalInterface
public interface Texts {
    String get(String key, Object... args);
}
