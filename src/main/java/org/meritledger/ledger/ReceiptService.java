package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryTypes;
import org.meritledger.ledger.core.chain.GenesisPayload;
import org.meritledger.ledger.core.chain.KeyRotation;
import org.meritledger.ledger.core.checkpoint.TlogProof;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.receipt.ReceiptVerifier;

/**
 * Builds and checks entry receipts from the stored ledger. The key a checkpoint must be signed
 * with is the one in effect at its size according to the chain itself (the genesis key, then each
 * {@code ledger.key.rotated} entry, whose dual signature is checked on the way), never a key read
 * from a table, so a forged checkpoint or key row cannot vouch for itself.
 */
@ApplicationScoped
public class ReceiptService implements LedgerReceipts {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    LedgerState state;

    @Override
    @Transactional
    public EntryReceipt receipt(long seq) {
        Entry entry = ledger.entry(seq);
        List<Object[]> rows = em.createQuery(
                        "select c.treeSize, c.note from CheckpointRow c where c.treeSize > :seq"
                                + " order by c.treeSize desc, c.id desc",
                        Object[].class)
                .setParameter("seq", seq)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return new EntryReceipt(entry, null, null, null, null);
        }
        long size = ((Number) rows.get(0)[0]).longValue();
        String note = (String) rows.get(0)[1];
        try {
            NoteVerifier key = keyInEffectAt(size);
            Receipt r = new Receipt(
                    state.suite().id(),
                    state.origin(),
                    entry,
                    new TlogProof(null, seq, ledger.inclusionProof(seq, size), note),
                    key.vkey());
            return new EntryReceipt(entry, r, size, ReceiptVerifier.verify(r, key), null);
        } catch (RuntimeException e) {
            // e.g. a missing Merkle node or a broken rotation entry: the receipt cannot be built,
            // which is itself a finding (full verification names the entry)
            return new EntryReceipt(entry, null, size, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The genesis key, rolled forward through every rotation entry below {@code size}. */
    private NoteVerifier keyInEffectAt(long size) {
        NoteVerifier key = GenesisPayload.parse(ledger.entry(0).payload()).signingKey();
        List<Long> rotations = em.createQuery(
                        "select e.seq from EntryRow e where e.type = :type and e.seq < :size" + " order by e.seq",
                        Long.class)
                .setParameter("type", EntryTypes.KEY_ROTATED)
                .setParameter("size", size)
                .getResultList();
        for (long r : rotations) {
            key = KeyRotation.verify(ledger.entry(r).payload(), state.origin(), r, key);
        }
        return key;
    }
}
