package org.meritledger.ledger.witness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meritledger.ledger.LedgerState;
import org.meritledger.ledger.core.cosign.Cosignatures;
import org.meritledger.ledger.core.merkle.ProofBuilder;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.jpa.JpaNodeStore;

/**
 * This ledger's stored checkpoints with the cosignatures witnesses returned for them: what the
 * Ledger page lists, what receipts and the tile endpoint's {@code checkpoint} carry, and whether
 * a checkpoint is witnessed (a quorum of the configured witnesses cosigned it). Also the
 * consistency proofs and roots witnesses and receipt checkers need.
 */
@ApplicationScoped
public class CosignedCheckpoints {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Inject
    WitnessSettings settings;

    @Inject
    LedgerState state;

    /** One cosignature as stored. */
    public record Cosig(String witnessName, String keyId, Instant signedAt, String line) {}

    /** A checkpoint, its cosignatures, and whether they reach the quorum. */
    public record View(
            long id, long treeSize, String note, Instant createdAt, List<Cosig> cosignatures, boolean witnessed) {
        public View {
            cosignatures = List.copyOf(cosignatures);
        }

        /** The signed note with the cosignature lines appended: still one valid signed note. */
        public String noteWithCosignatures() {
            return Cosignatures.append(
                    note, cosignatures.stream().map(Cosig::line).toList());
        }
    }

    @Transactional
    public Optional<View> latest() {
        return recent(1).stream().findFirst();
    }

    /**
     * For a receipt of entry {@code seq}: the newest witnessed checkpoint that covers it, else the
     * newest that covers it (not witnessed yet), else empty.
     */
    @Transactional
    public Optional<View> forEntry(long seq) {
        List<View> recent = list(
                "select id, tree_size, note, created_at from ledger_checkpoint where tree_size > ?1"
                        + " order by tree_size desc, id desc",
                seq,
                50);
        return recent.stream()
                .filter(View::witnessed)
                .findFirst()
                .or(() -> recent.stream().findFirst());
    }

    /** The newest checkpoints first, at most {@code limit}. */
    @Transactional
    public List<View> recent(int limit) {
        return list(
                "select id, tree_size, note, created_at from ledger_checkpoint where tree_size > ?1"
                        + " order by tree_size desc, id desc",
                -1,
                limit);
    }

    @Transactional
    public Optional<View> byId(long id) {
        List<View> l = list("select id, tree_size, note, created_at from ledger_checkpoint where id = ?1", id, 1);
        return l.stream().findFirst();
    }

    /** The newest checkpoint of exactly {@code size}, if one was made. */
    @Transactional
    public Optional<View> ofSize(long size) {
        List<View> l = list(
                "select id, tree_size, note, created_at from ledger_checkpoint where tree_size = ?1 order by id desc",
                size,
                1);
        return l.stream().findFirst();
    }

    /** RFC 9162 consistency proof between two tree sizes, from the stored nodes (O(log n) rows). */
    @Transactional
    public List<byte[]> consistencyProof(long size1, long size2) {
        return new ProofBuilder(new RfcLogHasher(state.suite().newDigester()), new JpaNodeStore(em))
                .consistencyProof(size1, size2);
    }

    /** Stores a verified cosignature; a repeat of the same witness on the same checkpoint is ignored. */
    @Transactional
    public boolean store(long checkpointId, Cosig c, Instant receivedAt) {
        Number n = (Number) em.createNativeQuery("select count(*) from ledger_cosignature where checkpoint_id = ?1"
                        + " and witness_name = ?2 and witness_key_id = ?3")
                .setParameter(1, checkpointId)
                .setParameter(2, c.witnessName())
                .setParameter(3, c.keyId())
                .getSingleResult();
        if (n.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("insert into ledger_cosignature (checkpoint_id, witness_name, witness_key_id, signed_at,"
                        + " line, received_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, checkpointId)
                .setParameter(2, c.witnessName())
                .setParameter(3, c.keyId())
                .setParameter(4, OffsetDateTime.ofInstant(c.signedAt(), java.time.ZoneOffset.UTC))
                .setParameter(5, c.line())
                .setParameter(6, OffsetDateTime.ofInstant(receivedAt, java.time.ZoneOffset.UTC))
                .executeUpdate();
        return true;
    }

    @SuppressWarnings("unchecked")
    private List<View> list(String sql, long param, int limit) {
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, param)
                .setMaxResults(limit)
                .getResultList();
        List<View> out = new ArrayList<>();
        int quorum = settings.targets().isEmpty() ? 0 : settings.quorum();
        var trusted = settings.witnessKeys();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            List<Object[]> cs = em.createNativeQuery("select witness_name, witness_key_id, signed_at, line"
                            + " from ledger_cosignature where checkpoint_id = ?1 order by id")
                    .setParameter(1, id)
                    .getResultList();
            List<Cosig> cos = new ArrayList<>();
            for (Object[] c : cs) {
                cos.add(new Cosig((String) c[0], ((String) c[1]).trim(), instant(c[2]), (String) c[3]));
            }
            long distinctTrusted = cos.stream()
                    .filter(c -> trusted.stream()
                            .anyMatch(k -> k.name().equals(c.witnessName())
                                    && String.format("%08x", k.keyId()).equals(c.keyId())))
                    .map(c -> c.witnessName() + "+" + c.keyId())
                    .distinct()
                    .count();
            out.add(new View(
                    id,
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    instant(r[3]),
                    cos,
                    quorum > 0 && distinctTrusted >= quorum));
        }
        return out;
    }

    static Instant instant(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("unexpected time value " + o);
    }
}
