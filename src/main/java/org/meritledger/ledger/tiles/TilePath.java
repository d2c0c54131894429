package org.meritledger.ledger.tiles;

/**
 * A tlog-tiles resource path below the prefix: {@code tile/<L>/<N>[.p/<W>]} or
 * {@code tile/entries/<N>[.p/<W>]}. {@code N} is written in zero-padded 3-digit elements, all
 * but the last prefixed with {@code x} (1234067 → {@code x001/x234/067}); {@code W} is 1..255
 * for a partial tile and 256 for a full one. Parsing is strict: one resource has one path.
 *
 * @param level tile level 0..63, or −1 for an entry bundle
 */
public record TilePath(int level, long index, int width) {

    public static final int FULL = 256;

    public TilePath {
        if (level < -1 || level > 63 || index < 0 || width < 1 || width > FULL) {
            throw new IllegalArgumentException("bad tile " + level + "/" + index + " width " + width);
        }
    }

    public boolean entries() {
        return level < 0;
    }

    public boolean partial() {
        return width < FULL;
    }

    public String format() {
        StringBuilder sb = new StringBuilder("tile/").append(entries() ? "entries" : Integer.toString(level));
        sb.append('/').append(encodeIndex(index));
        if (partial()) {
            sb.append(".p/").append(width);
        }
        return sb.toString();
    }

    static String encodeIndex(long n) {
        String digits = Long.toString(n);
        int pad = (3 - digits.length() % 3) % 3;
        digits = "0".repeat(pad) + digits;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 3) {
            if (i > 0) {
                sb.append('/');
            }
            if (i + 3 < digits.length()) {
                sb.append('x');
            }
            sb.append(digits, i, i + 3);
        }
        return sb.toString();
    }

    /**
     * @param path e.g. {@code tile/0/x001/234} or {@code tile/entries/000.p/7}
     * @throws IllegalArgumentException if it is not exactly a tile path
     */
    public static TilePath parse(String path) {
        if (!path.startsWith("tile/")) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        String[] parts = path.substring(5).split("/", -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        int level;
        if (parts[0].equals("entries")) {
            level = -1;
        } else if (parts[0].matches("0|[1-9][0-9]?")) {
            level = Integer.parseInt(parts[0]);
        } else {
            throw new IllegalArgumentException("bad tile level: " + parts[0]);
        }
        int width = FULL;
        int last = parts.length - 1;
        if (parts.length >= 3 && parts[last - 1].endsWith(".p")) {
            if (!parts[last].matches("[1-9][0-9]{0,2}") || Integer.parseInt(parts[last]) > 255) {
                throw new IllegalArgumentException("bad partial tile width: " + parts[last]);
            }
            width = Integer.parseInt(parts[last]);
            parts[last - 1] = parts[last - 1].substring(0, parts[last - 1].length() - 2);
            last--;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 1; i <= last; i++) {
            String e = parts[i];
            boolean inner = i < last;
            if (!(inner ? e.matches("x[0-9]{3}") : e.matches("[0-9]{3}"))) {
                throw new IllegalArgumentException("bad tile index element: " + e);
            }
            digits.append(inner ? e.substring(1) : e);
        }
        if (digits.length() > 18) {
            throw new IllegalArgumentException("tile index too large");
        }
        TilePath p = new TilePath(level, Long.parseLong(digits.toString()), width);
        if (!p.format().equals(path)) {
            throw new IllegalArgumentException("non-canonical tile path: " + path + " (canonical: " + p.format() + ")");
        }
        return p;
    }
}
