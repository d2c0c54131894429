package org.meritledger.base.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Date and time as every page shows them, so that one moment reads the same on every screen. */
public final class Formats {

    /** A moment to the minute, in UTC (sessions, corrections, standard versions): "2026-03-14 09:30". */
    public static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Formats() {}
}
