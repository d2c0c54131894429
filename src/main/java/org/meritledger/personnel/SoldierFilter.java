package org.meritledger.personnel;

import java.util.Locale;

/**
 * What a roster or soldier grid is narrowed to: free text (service number or name, any part),
 * one unit (with everything below it), and a status ({@code null}: any).
 */
public record SoldierFilter(String text, Long unitId, SoldierStatus status) {

    public static final SoldierFilter NONE = new SoldierFilter(null, null, null);

    /** The text lower-cased and trimmed, or {@code null} when there is nothing to search for. */
    public String normalizedText() {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
