package org.meritledger.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;
import org.meritledger.training.correction.Correction;
import org.meritledger.training.correction.CorrectionDecision;
import org.meritledger.training.correction.TrainingCorrection;
import org.meritledger.training.session.TrainingResult;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.StoredStandard;

/**
 * The recorded state of training records: the payload of their ledger entries, and what
 * verification rebuilds from the rows to compare. One builder per kind, used by both sides.
 */
public final class TrainingStates {

    private TrainingStates() {}

    public static String standard(
            long id, String code, int version, String kind, String definitionJson, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("code", code);
        m.put("version", (long) version);
        m.put("kind", kind);
        m.put("rules", JsonParser.parse(definitionJson));
        if (reason != null) {
            // absent (not null) when there is none, so versions written before revisions gave
            // a reason keep the payload their entries hold
            m.put("reason", reason);
        }
        return Jcs.canonicalize(m);
    }

    /**
     * A signed-off session: what My training shows and requalification dates are computed from
     * (when, where, who conducted it, who signed it off), the payload of {@code training.session.signed}.
     */
    public static String session(
            long id,
            long standardId,
            long unitId,
            java.time.Instant startsAt,
            String place,
            String conductingOfficer,
            long signedOffBy,
            java.time.Instant signedOffAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("standardId", standardId);
        m.put("unitId", unitId);
        m.put("startsAt", startsAt.toString());
        m.put("place", place);
        m.put("conductingOfficer", conductingOfficer);
        m.put("signedOffBy", signedOffBy);
        m.put("signedOffAt", signedOffAt.toString());
        return Jcs.canonicalize(m);
    }

    public static String of(org.meritledger.training.session.TrainingSession s) {
        return session(
                s.getId(),
                s.getStandardId(),
                s.getUnitId(),
                s.getStartsAt(),
                s.getPlace(),
                s.getConductingOfficer(),
                s.getSignedOffBy(),
                s.getSignedOffAt());
    }

    public static String result(
            long id,
            long sessionId,
            long soldierId,
            String standardCode,
            int standardVersion,
            String attendance,
            String rawJson,
            Boolean passed,
            String tier,
            Integer totalPoints) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("sessionId", sessionId);
        m.put("soldierId", soldierId);
        m.put("standard", standardCode);
        m.put("standardVersion", (long) standardVersion);
        m.put("attendance", attendance);
        m.put("raw", JsonParser.parse(rawJson));
        m.put("passed", passed);
        m.put("tier", tier);
        m.put("totalPoints", totalPoints == null ? null : (long) totalPoints);
        return Jcs.canonicalize(m);
    }

    /**
     * A correction with its decision, if any: the payload of {@code training.result.corrected} and
     * of {@code training.correction.approved/rejected} (same subject, so the newest entry says
     * what the rows must say now). Times are left out: the ledger entry carries its own.
     */
    public static String correction(
            long id,
            long resultId,
            String attendance,
            String rawJson,
            Boolean passed,
            String tier,
            Integer totalPoints,
            boolean needsApproval,
            String reason,
            long authorId,
            Boolean approved,
            String decisionReason,
            Long decidedBy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("resultId", resultId);
        m.put("attendance", attendance);
        m.put("raw", JsonParser.parse(rawJson));
        m.put("passed", passed);
        m.put("tier", tier);
        m.put("totalPoints", totalPoints == null ? null : (long) totalPoints);
        m.put("needsApproval", needsApproval);
        m.put("reason", reason);
        m.put("authorId", authorId);
        m.put(
                "status",
                (approved == null
                                ? (needsApproval ? Correction.Status.PENDING_APPROVAL : Correction.Status.EFFECTIVE)
                                : approved ? Correction.Status.EFFECTIVE : Correction.Status.REJECTED)
                        .name());
        if (approved != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("approved", approved);
            d.put("reason", decisionReason);
            d.put("decidedBy", decidedBy);
            m.put("decision", d);
        }
        return Jcs.canonicalize(m);
    }

    public static String of(TrainingCorrection c, CorrectionDecision d) {
        ResultValues v = c.values();
        return correction(
                c.getId(),
                c.getResultId(),
                v.attendance().name(),
                c.getRawValues(),
                v.passed(),
                v.tier() == null ? null : v.tier().name(),
                v.totalPoints(),
                c.isNeedsApproval(),
                c.getReason(),
                c.getAuthorId(),
                d == null ? null : d.isApproved(),
                d == null ? null : d.getReason(),
                d == null ? null : d.getDecidedBy());
    }

    public static String of(StoredStandard s) {
        return standard(s.getId(), s.getCode(), s.getVersion(), s.getKind().name(), s.getDefinition(), s.getReason());
    }

    public static String of(TrainingResult r, StoredStandard s) {
        return result(
                r.getId(),
                r.getSessionId(),
                r.getSoldierId(),
                s.getCode(),
                s.getVersion(),
                r.getAttendance().name(),
                r.getRawValues(),
                r.getPassed(),
                r.getTier() == null ? null : r.getTier().name(),
                r.getTotalPoints());
    }
}
