package org.meritledger.ledger.tiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.witness.CosignedCheckpoints;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * The tlog-tiles resources of this ledger. The newest checkpoint (with its cosignatures) is
 * public; tiles and entry bundles only for administrators and auditors, checked here. Tiles are
 * served up to the newest checkpoint's size, so everything served is covered by a signed
 * checkpoint.
 */
@ApplicationScoped
public class LogTileService {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Inject
    CosignedCheckpoints checkpoints;

    @Inject
    CallerProvider callers;

    /** The newest signed checkpoint with cosignature lines, or empty before the first one. */
    public Optional<String> checkpoint() {
        return checkpoints.latest().map(CosignedCheckpoints.View::noteWithCosignatures);
    }

    /**
     * A tile or entry bundle.
     *
     * @throws AccessDeniedException for anyone but an administrator or auditor
     * @throws NotFoundException if the resource does not exist at the newest checkpoint's size
     */
    @Transactional
    public byte[] resource(TilePath p) {
        Caller c = callers.require();
        if (!c.hasAny(Role.ADMIN, Role.AUDITOR)) {
            throw new AccessDeniedException("only administrators and auditors may read the log's tiles");
        }
        long size = checkpoints.latest().map(CosignedCheckpoints.View::treeSize).orElse(0L);
        if (!Tiles.available(p, size)) {
            throw new NotFoundException("tile " + p.format() + " at tree size " + size);
        }
        if (p.entries()) {
            return Tiles.entryBundle(entryHashes(p.index() * 256, p.width()));
        }
        return Tiles.tile(p, this::nodes);
    }

    /** Consistency proof lines (base64, one per line) between two checkpointed sizes; public. */
    public String consistency(long from, long to) {
        if (from <= 0 || from > to) {
            throw new org.meritledger.base.InvalidInputException(null, "log.consistency.range", from, to);
        }
        if (checkpoints.ofSize(from).isEmpty() || checkpoints.ofSize(to).isEmpty()) {
            throw new NotFoundException("no checkpoint of size " + from + " or " + to);
        }
        StringBuilder sb = new StringBuilder();
        for (byte[] h : checkpoints.consistencyProof(from, to)) {
            sb.append(Bytes.base64(h)).append('\n');
        }
        return sb.toString();
    }

    /** The signed checkpoint (with cosignatures) of exactly {@code size}; public. */
    public Optional<String> checkpointOfSize(long size) {
        return checkpoints.ofSize(size).map(CosignedCheckpoints.View::noteWithCosignatures);
    }

    @SuppressWarnings("unchecked")
    private List<byte[]> nodes(int level, long from, int count) {
        List<Object[]> rows = em.createNativeQuery(
                        "select idx, hash from ledger_node where lvl = ?1 and idx >= ?2 and idx < ?3 order by idx")
                .setParameter(1, level)
                .setParameter(2, from)
                .setParameter(3, from + count)
                .getResultList();
        List<byte[]> out = new ArrayList<>(rows.size());
        long expect = from;
        for (Object[] r : rows) {
            if (((Number) r[0]).longValue() != expect++) {
                break; // a gap: Tiles reports the short count
            }
            out.add(Bytes.fromHex(((String) r[1]).trim()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<byte[]> entryHashes(long from, int count) {
        List<Object> rows = em.createNativeQuery(
                        "select entry_hash from ledger_entry where seq >= ?1 and seq < ?2 order by seq")
                .setParameter(1, from)
                .setParameter(2, from + count)
                .getResultList();
        if (rows.size() != count) {
            throw new IllegalStateException(
                    "entry bundle at " + from + ": " + rows.size() + " of " + count + " entries");
        }
        List<byte[]> out = new ArrayList<>(count);
        for (Object r : rows) {
            out.add(Bytes.fromHex(((String) r).trim()));
        }
        return out;
    }
}
