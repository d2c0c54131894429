package org.meritledger.api.v1;

import org.meritledger.base.InvalidInputException;

/**
 * Query parameters are taken as text and converted here, so a wrong type is a 422 naming the
 * parameter (the REST runtime would answer a bare 404).
 */
final class Params {

    private Params() {}

    static long number(String name, String value, Long fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new InvalidInputException(name, "validation.required");
            }
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "api.param.notInteger");
        }
    }

    static int offset(String value) {
        long v = number("offset", value, 0L);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new InvalidInputException("offset", "api.param.range", 0, Integer.MAX_VALUE);
        }
        return (int) v;
    }

    static int limit(String value) {
        long v = number("limit", value, 50L);
        if (v < 1 || v > 500) {
            throw new InvalidInputException("limit", "api.param.range", 1, 500);
        }
        return (int) v;
    }
}
