package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.checkpoint.TlogProof;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.receipt.ReceiptVerifier;

/**
 * Builds and checks entry receipts from the stored ledger. The key a checkpoint must be signed
 * with is the one in effect according to the verified chain ({@link LedgerState#chainKey()}),
 * never a key read from a table, so a forged checkpoint row cannot vouch for itself.
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
        NoteVerifier key = state.chainKey();
        List<Object[]> rows = em.createQuery("select c.treeSize, c.note from CheckpointRow c where c.treeSize > :seq"
                        + " and c.keyId = :key order by c.treeSize desc, c.id desc", Object[].class)
                .setParameter("seq", seq).setParameter("key", KeyIds.hex(key.keyId())).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return new EntryReceipt(entry, null, null, null, null);
        }
        long size = ((Number) rows.get(0)[0]).longValue();
        String note = (String) rows.get(0)[1];
        try {
            Receipt r = new Receipt(state.suite().id(), state.origin(), entry,
                    new TlogProof(null, seq, ledger.inclusionProof(seq, size), note), key.vkey());
            return new EntryReceipt(entry, r, size, ReceiptVerifier.verify(r, key), null);
        } catch (RuntimeException e) {
            // e.g. a missing Merkle node: the receipt cannot be built, which is itself a finding
            return new EntryReceipt(entry, null, size, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
