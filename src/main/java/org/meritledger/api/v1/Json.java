package org.meritledger.api.v1;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.UnitNode;
import org.meritledger.training.mytraining.MyResult;
import org.meritledger.training.session.SessionSummary;
import org.meritledger.training.session.SheetLine;

/** The API's JSON representations: small records built from the services' read models. */
public final class Json {

    private Json() {}

    public record Page<T>(long total, int offset, int limit, List<T> items) {}

    public record Soldier(
            long id,
            String serviceNumber,
            String familyName,
            String givenName,
            String rank,
            long unitId,
            String unitPath,
            String status) {
        static Soldier of(SoldierRow s) {
            return new Soldier(
                    s.id(),
                    s.serviceNumber(),
                    s.familyName(),
                    s.givenName(),
                    s.rank().name(),
                    s.unitId(),
                    s.unitPath(),
                    s.status().name());
        }
    }

    /** @param soldier the caller's own soldier record, or null for staff accounts */
    public record Profile(String username, Set<String> roles, Set<Long> commandedUnitIds, Soldier soldier) {}

    /** A signed result with the values that count now (a correction in effect replaces the signed ones). */
    public record Result(
            long id,
            Instant when,
            String trainingType,
            int standardVersion,
            String kind,
            String place,
            String attendance,
            Map<String, String> raw,
            Boolean passed,
            String tier,
            Integer totalPoints,
            boolean corrected,
            Long ledgerSeq) {
        static Result of(MyResult r) {
            return new Result(
                    r.resultId(),
                    r.when(),
                    r.standardCode(),
                    r.standardVersion(),
                    r.kind().name(),
                    r.place(),
                    r.attendance().name(),
                    r.raw(),
                    r.passed(),
                    r.tier() == null ? null : r.tier().name(),
                    r.totalPoints(),
                    r.corrected(),
                    r.ledgerSeq());
        }
    }

    public record Unit(long id, String code, String name, Long parentId, boolean active, String path) {
        static Unit of(UnitNode u) {
            return new Unit(u.id(), u.code(), u.name(), u.parentId(), u.active(), u.path());
        }
    }

    public record Session(
            long id,
            String trainingType,
            int standardVersion,
            long unitId,
            String unitPath,
            Instant startsAt,
            String place,
            String conductingOfficer,
            String state,
            int participants) {
        static Session of(SessionSummary s) {
            return new Session(
                    s.id(),
                    s.standardCode(),
                    s.standardVersion(),
                    s.unitId(),
                    s.unitPath(),
                    s.startsAt(),
                    s.place(),
                    s.conductingOfficer(),
                    s.state().name(),
                    s.participants());
        }
    }

    /** One line of a session's sheet; grade fields are null while the line cannot be graded. */
    public record SessionLine(
            long soldierId,
            String serviceNumber,
            String name,
            String attendance,
            Map<String, String> raw,
            Boolean passed,
            String tier,
            Integer totalPoints) {
        static SessionLine of(SheetLine l) {
            boolean graded = l.grade() != null && l.grade().valid();
            return new SessionLine(
                    l.soldierId(),
                    l.serviceNumber(),
                    l.name(),
                    l.attendance().name(),
                    l.raw(),
                    graded ? l.grade().passed() : null,
                    graded && l.grade().tier() != null ? l.grade().tier().name() : null,
                    graded ? l.grade().totalPoints() : null);
        }
    }

    public record SessionResults(Session session, List<SessionLine> lines) {}

    /** A ledger entry as stored: hashes in lowercase hex, the payload as its canonical JSON text. */
    public record LedgerEntry(
            long seq,
            Instant timestamp,
            String type,
            Long actorAccountId,
            String actorRole,
            String subject,
            String payload,
            String payloadHash,
            String previousHash,
            String entryHash) {
        static LedgerEntry of(Entry e) {
            return new LedgerEntry(
                    e.sequence(),
                    e.timestamp(),
                    e.type(),
                    e.actorAccountId(),
                    e.actorRole(),
                    e.subject(),
                    e.payload(),
                    Bytes.hex(e.payloadHash()),
                    e.previousHash() == null ? null : Bytes.hex(e.previousHash()),
                    Bytes.hex(e.entryHash()));
        }
    }

    /** RFC 6962 inclusion proof of leaf {@code seq} in the tree of {@code size}; hashes base64, leaf side first. */
    public record InclusionProof(long seq, long size, String entryHash, List<String> hashes) {}

    /** RFC 6962 consistency proof between two checkpointed sizes; hashes base64. */
    public record ConsistencyProof(long from, long to, List<String> hashes) {}
}
