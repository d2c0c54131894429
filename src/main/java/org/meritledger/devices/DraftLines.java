package org.meritledger.devices;

import java.time.Instant;

/**
 * The port through which an accepted device result becomes a draft line of a training session.
 * Training implements it (it owns sessions and their rules); devices only say what was measured.
 * Called inside the submission's transaction, so the line and the submission commit together.
 */
public interface DraftLines {

    /**
     * Puts {@code hits} on the soldier's line of the unit's draft session of that training type
     * on the device time's (UTC) day, opening one in draft if there is none.
     *
     * @param openedBy the account a newly opened session names as its creator (the registrar)
     * @param place where the session is held, for a newly opened one
     * @param officer who conducts it, for a newly opened one
     */
    Placement place(
            long unitId,
            String trainingType,
            long soldierId,
            Instant deviceTime,
            int hits,
            long openedBy,
            String place,
            String officer);

    /** Codes of the current training standards graded by hits, which devices may be registered for. */
    java.util.List<String> hitTrainingTypes();

    /** Marks the line as filled in by a device submission (after the submission row exists). */
    void markDeviceSigned(long resultId, long submissionId);

    record Placement(long sessionId, long resultId) {}
}
