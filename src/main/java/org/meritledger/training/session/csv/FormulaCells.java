package org.meritledger.training.session.csv;

/**
 * Spreadsheet formula injection (CWE-1236): a cell that starts with {@code = + - @}, a tab or a
 * carriage return is run as a formula when a spreadsheet opens the file. Imports refuse such
 * cells (no score or service number starts that way); exports neutralise them with a leading
 * apostrophe, as OWASP recommends.
 */
public final class FormulaCells {

    private FormulaCells() {}

    public static boolean looksLikeFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The cell as it is safe to write into an exported CSV. */
    public static String neutralise(String cell) {
        return looksLikeFormula(cell) ? "'" + cell : cell;
    }
}
