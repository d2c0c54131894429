package org.meritledger.training.mytraining;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.LedgerReceipts;
import org.meritledger.ledger.core.chain.ChainAppender;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.checkpoint.TlogProof;
import org.meritledger.ledger.core.merkle.MerkleTree;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.receipt.ReceiptVerifier;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.training.InMemoryTraining;

/**
 * Real receipts over the in-memory training ledger: what {@link InMemoryTraining} recorded becomes
 * a hash chain (entry k = the k-th append, after a genesis entry), the Merkle tree is built from
 * the entries' stored hashes, a checkpoint is signed, and the pure core checks the receipt. An
 * entry's payload can be altered behind the chain's back, as an SQL update would.
 */
public final class InMemoryReceipts implements LedgerReceipts, org.meritledger.ledger.LedgerSubjects {

    static final String ORIGIN = "test.example/ledger";

    private final List<InMemoryPersonnel.Recorded> recorded;
    private final Suite suite = Suites.ED25519_SHA256;
    private final NoteSigner key = new NoteSigner(ORIGIN, suite, suite.generateKeyPair());
    private final ChainAppender appender = ChainAppender.newLedger(suite);
    private final List<Entry> entries = new ArrayList<>();
    private final Instant t0 = Instant.parse("2026-11-21T08:00:00Z");

    public InMemoryReceipts(List<InMemoryPersonnel.Recorded> recorded) {
        this.recorded = recorded;
        entries.add(appender.genesis(t0, ORIGIN, key.verifier()));
    }

    private void catchUp() {
        while (entries.size() <= recorded.size()) {
            InMemoryPersonnel.Recorded r = recorded.get(entries.size() - 1);
            entries.add(appender.append(
                    t0.plusSeconds(entries.size()), r.type(), 1L, "COMMANDER", r.subject(), r.payload()));
        }
    }

    /** Changes the stored payload of entry {@code seq} and nothing else. */
    public void alterPayload(long seq, String payload) {
        catchUp();
        Entry e = entries.get((int) seq);
        entries.set(
                (int) seq,
                new Entry(
                        e.sequence(),
                        e.timestamp(),
                        e.type(),
                        e.actorAccountId(),
                        e.actorRole(),
                        e.subject(),
                        payload,
                        e.payloadHash(),
                        e.previousHash(),
                        e.entryHash()));
    }

    public Entry entry(long seq) {
        catchUp();
        return entries.get((int) seq);
    }

    @Override
    public List<Long> sequencesAbout(String subject) {
        catchUp();
        return entries.stream()
                .filter(e -> subject.equals(e.subject()))
                .map(Entry::sequence)
                .toList();
    }

    @Override
    public EntryReceipt receipt(long seq) {
        catchUp();
        if (seq < 0 || seq >= entries.size()) {
            throw new NotFoundException("entry " + seq);
        }
        RfcLogHasher h = new RfcLogHasher(suite.newDigester());
        EntryCodec codec = new EntryCodec(suite);
        List<byte[]> leaves =
                entries.stream().map(e -> codec.leafHash(e.entryHash())).toList();
        String note = new CheckpointSigner(key).sign(leaves.size(), MerkleTree.rootHash(h, leaves));
        Receipt r = new Receipt(
                suite.id(),
                ORIGIN,
                entries.get((int) seq),
                new TlogProof(null, seq, MerkleTree.inclusionProof(h, leaves, seq, leaves.size()), note),
                key.verifier().vkey());
        return new EntryReceipt(r.entry(), r, (long) leaves.size(), ReceiptVerifier.verify(r, key.verifier()), null);
    }
}
