package org.meritledger.training.session;

import java.util.Map;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Grade;

/** One participant's line as the session page shows and edits it. */
public record SheetLine(
        long soldierId,
        String serviceNumber,
        String name,
        Attendance attendance,
        Map<String, String> raw,
        Grade grade) {}
