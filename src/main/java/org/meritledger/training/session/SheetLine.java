package org.meritledger.training.session;

import java.util.Map;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Grade;

/**
 * One participant's line as the session page shows and edits it.
 *
 * @param deviceSubmissionId the range device submission that filled it in, or null if typed
 */
public record SheetLine(
        long soldierId,
        String serviceNumber,
        String name,
        Attendance attendance,
        Map<String, String> raw,
        Grade grade,
        Long deviceSubmissionId) {

    public SheetLine(
            long soldierId,
            String serviceNumber,
            String name,
            Attendance attendance,
            Map<String, String> raw,
            Grade grade) {
        this(soldierId, serviceNumber, name, attendance, raw, grade, null);
    }

    public boolean deviceSigned() {
        return deviceSubmissionId != null;
    }
}
