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
public class ReceiptService implements LedgerReceipts, LedgerSubjects {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    LedgerState state;

    @Override
    @Transactional
    public List<Long> sequencesAbout(String subject) {
        // ledger_entry_subject_ix (subject, seq): an index range, whatever the ledger's size
        @SuppressWarnings("unchecked")
        List<Number> seqs = em.createNativeQuery("select seq from ledger_entry where subject = ?1 order by seq")
                .setParameter(1, subject)
                .getResultList();
        return seqs.stream().map(Number::longValue).toList();
    }

    @Override
    @Transactional
    public EntryReceipt receipt(long seq) {
        Entry entry = ledger.entry(seq);
        // The newest covering checkpoint that witnesses cosigned (among the newest few), else the
        // newest covering one: a receipt carries the cosignatures its checkpoint has.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.tree_size, c.note,"
                        + " (select count(*) from ledger_cosignature s where s.checkpoint_id = c.id)"
                        + " from ledger_checkpoint c where c.tree_size > ?1 order by c.tree_size desc, c.id desc")
                .setParameter(1, seq)
                .setMaxResults(50)
                .getResultList();
        if (rows.isEmpty()) {
            return new EntryReceipt(entry, null, null, null, null);
        }
        Object[] chosen = rows.stream()
                .filter(r -> ((Number) r[3]).longValue() > 0)
                .findFirst()
                .orElse(rows.get(0));
        long size = ((Number) chosen[1]).longValue();
        StringBuilder note = new StringBuilder((String) chosen[2]);
        for (Object line : em.createNativeQuery(
                        "select line from ledger_cosignature where checkpoint_id = ?1 order by id")
                .setParameter(1, ((Number) chosen[0]).longValue())
                .getResultList()) {
            note.append((String) line).append('\n');
        }
        try {
            NoteVerifier key = keyInEffectAt(size);
            Receipt r = new Receipt(
                    state.suite().id(),
                    state.origin(),
                    entry,
                    new TlogProof(null, seq, ledger.inclusionProof(seq, size), note.toString()),
                    key.vkey());
            return new EntryReceipt(entry, r, size, ReceiptVerifier.verify(r, key), null);
        } catch (RuntimeException e) {
            // e.g. a missing Merkle node or a broken rotation entry: the receipt cannot be built,
            // which is itself a finding (full verification names the entry)
            return new EntryReceipt(entry, null, size, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * The checkpoint key in effect at tree size {@code size}: the genesis key, rolled forward
     * through every rotation entry below that size (each rotation's signatures checked).
     */
    @Transactional
    public NoteVerifier keyInEffectAt(long size) {
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
