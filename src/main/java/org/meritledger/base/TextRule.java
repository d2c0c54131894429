package org.meritledger.base;

import java.util.regex.Pattern;

/**
 * What one kind of text input may hold: a maximum length and, for codes, a pattern. The same
 * constant is read by the service that checks a draft ({@link Checks#text(String, String,
 * TextRule)}) and by the form field that takes the input (its {@code maxlength} and {@code
 * pattern}), so the field never accepts what the service refuses. Patterns are written to
 * accept what the service accepts after its own normalising (upper or lower case).
 *
 * @param maxLength characters after trimming
 * @param pattern a full-match regular expression (also valid as an HTML pattern), or null
 * @param patternMessageKey what to say when the pattern does not match, or null
 */
public record TextRule(int maxLength, String pattern, String patternMessageKey) {

    public TextRule {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength " + maxLength);
        }
        if ((pattern == null) != (patternMessageKey == null)) {
            throw new IllegalArgumentException("a pattern needs its message and a message its pattern");
        }
    }

    public static TextRule upTo(int maxLength) {
        return new TextRule(maxLength, null, null);
    }

    public static TextRule upTo(int maxLength, String pattern, String patternMessageKey) {
        return new TextRule(maxLength, pattern, patternMessageKey);
    }

    public boolean matches(String value) {
        return pattern == null || Pattern.matches(pattern, value);
    }
}
