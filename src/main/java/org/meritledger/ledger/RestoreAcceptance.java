package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * "Accept restore to checkpoint N" (docs/ledger.md "Backup and restore"): after a legitimate
 * restore from backup, the ledger is behind this node's anchor file and verification fails as a
 * rollback. An administrator accepts it explicitly, with a reason: the ledger must verify in
 * every other respect and N must be its newest stored checkpoint; then the anchor is reset to
 * that checkpoint, a full verification lifts the hold, and a {@value #TYPE} entry records who
 * accepted what and why (the anchor before, the checkpoint accepted, the reason).
 */
@ApplicationScoped
public class RestoreAcceptance {

    static final String TYPE = "ledger.restore.accepted";
    private static final Logger LOG = Logger.getLogger(RestoreAcceptance.class.getName());

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    LedgerVerification verification;

    @Inject
    LedgerAnchor anchor;

    @Inject
    LedgerService ledger;

    /** What an administrator is asked to accept: the anchor and the newest checkpoint in the database. */
    public record Pending(long anchorSize, long checkpointSize) {
        public boolean rollback() {
            return checkpointSize < anchorSize;
        }
    }

    /** The anchored size and the newest stored checkpoint; administrators and auditors. */
    @Transactional
    public Pending pending() {
        require(Role.ADMIN, Role.AUDITOR);
        return new Pending(anchor.size(), newest().map(Map.Entry::getKey).orElse(0L));
    }

    /**
     * Accepts the database as restored to its newest checkpoint {@code size}.
     *
     * @throws InvalidInputException on the reason field if it is blank or too long, or if
     *     {@code size} is not the newest checkpoint or the ledger fails verification otherwise
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public VerificationReport accept(long size, String reason) {
        Caller caller = require(Role.ADMIN);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "ledger.restore.reasonRequired");
        }
        if (why.length() > 500) {
            throw new InvalidInputException("reason", "ledger.restore.reasonTooLong", 500);
        }
        Map.Entry<Long, String> newest = recorder().newestCheckpoint();
        if (newest == null || newest.getKey() != size) {
            throw new InvalidInputException("size", "ledger.restore.notNewest", size);
        }
        VerificationReport other = verification.verifyIgnoringAnchor(caller.username());
        if (!other.ok()) {
            throw new InvalidInputException(
                    null, "ledger.restore.doesNotVerify", other.failure().toString());
        }
        long before = anchor.size();
        anchor.reset(newest.getValue());
        VerificationReport after = verification.verifyFull(caller.username());
        if (after.ok()) {
            recorder().record(before, size, why);
            LOG.warning(() -> caller.username() + " accepted a restore of the ledger to checkpoint " + size
                    + " (the anchor was at " + before + "): " + why);
        }
        return after;
    }

    /** The transactional steps, through the CDI proxy so their transactions apply. */
    @Inject
    jakarta.enterprise.inject.Instance<RestoreAcceptance> self;

    private RestoreAcceptance recorder() {
        return self.get();
    }

    @Transactional
    public Map.Entry<Long, String> newestCheckpoint() {
        return newest().orElse(null);
    }

    @Transactional
    public void record(long anchorBefore, long size, String reason) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("anchorSizeBefore", anchorBefore);
        payload.put("acceptedCheckpointSize", size);
        payload.put("reason", reason);
        ledger.append(TYPE, null, payload);
    }

    private Optional<Map.Entry<Long, String>> newest() {
        List<?> rows = em.createNativeQuery(
                        "select tree_size, note from ledger_checkpoint order by tree_size desc, id desc")
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(Map.entry(((Number) r[0]).longValue(), r[1].toString()));
    }

    private Caller require(Role... roles) {
        Caller c = callers.require();
        if (!c.hasAny(roles)) {
            throw new AccessDeniedException("error.accessDenied", c.username() + " lacks any of " + List.of(roles));
        }
        return c;
    }
}
