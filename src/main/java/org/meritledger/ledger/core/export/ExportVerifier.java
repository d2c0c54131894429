package org.meritledger.ledger.core.export;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.meritledger.ledger.core.chain.ChainVerifier;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryTypes;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.ledger.core.chain.GenesisPayload;
import org.meritledger.ledger.core.chain.ParallelDigests;
import org.meritledger.ledger.core.chain.VerificationResult;
import org.meritledger.ledger.core.cosign.Cosignatures;
import org.meritledger.ledger.core.cosign.CosignerKey;
import org.meritledger.ledger.core.jcs.JsonParser;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.MalformedNoteException;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;
import org.meritledger.ledger.core.suite.UnknownSuiteException;

/**
 * Verifies an export in one streaming pass: every check of {@link ChainVerifier} (sequence,
 * timestamps, canonical payloads, hashes, links, genesis, key rotations, and the root and
 * signature of every checkpoint by the key in effect at its size), plus what only a whole export
 * can show: that its key history agrees with the genesis and rotation entries, that one of the
 * keys the caller trusts is among them, that witness cosignatures verify (and reach a quorum),
 * and that the file is complete (header and end counts).
 *
 * <p>Checkpoints sit in the file right after the entry that completes them, so each stretch of
 * entries is verified by a fresh {@link ChainVerifier} resumed from the previous stretch's state,
 * with the checkpoints of that size: memory stays O(log n) whatever the ledger's size.
 */
public final class ExportVerifier {

    private final List<NoteVerifier> trusted;
    private final List<CosignerKey> witnesses;
    private final int quorum;
    private Consumer<Entry> reader = e -> {};

    /**
     * @param trusted log keys the caller trusts (at least one); the chain must contain one of them
     * @param witnesses witness keys whose cosignatures count
     * @param quorum cosignatures some checkpoint must carry (0: none required)
     */
    public ExportVerifier(List<NoteVerifier> trusted, List<CosignerKey> witnesses, int quorum) {
        if (trusted.isEmpty()) {
            throw new IllegalArgumentException("need at least one trusted key");
        }
        this.trusted = List.copyOf(trusted);
        this.witnesses = List.copyOf(witnesses);
        this.quorum = quorum;
    }

    /**
     * Hands every entry, in sequence order, to {@code reader} as it is read (before its own checks:
     * a reader's conclusions count only if the export verifies). The standalone verifier replays
     * the award rules this way, in the same single pass.
     */
    public ExportVerifier reading(Consumer<Entry> reader) {
        this.reader = reader;
        return this;
    }

    public ExportResult verify(BufferedReader in) {
        // every core parses lines and hashes entries; this thread walks the chain in order
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "export-verifier");
            t.setDaemon(true);
            return t;
        });
        try (RecordPipe pipe = new RecordPipe(in, pool, 4 * threads)) {
            return new Run(pipe, pool, 2 * threads).run();
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class Stop extends RuntimeException {
        final ExportFailure failure;

        Stop(ExportFailure failure) {
            super(failure.toString(), null, false, false);
            this.failure = failure;
        }
    }

    private final class Run {
        private final RecordPipe pipe;
        private final Executor digesters;
        private final int inFlight;
        private long count;
        private long checkpoints;
        private long cosignatures;
        private long witnessedSize;
        private ExportRecord.End end;
        private final List<ExportRecord.CheckpointLine> pending = new ArrayList<>();
        /** Keys the chain introduces: sequence of the genesis or rotation entry → verifier key. */
        private final Map<Long, String> introduced = new LinkedHashMap<>();

        Run(RecordPipe pipe, Executor digesters, int inFlight) {
            this.pipe = pipe;
            this.digesters = digesters;
            this.inFlight = inFlight;
        }

        ExportResult run() {
            ChainVerifier.State state = null;
            List<ExportRecord.Key> keys = new ArrayList<>();
            try {
                ExportRecord first = read();
                if (!(first instanceof ExportRecord.Header h)) {
                    throw stop(-1, "FORMAT", "a header line first", kind(first), null);
                }
                Suite suite;
                try {
                    suite = Suites.byId(h.suiteId());
                } catch (UnknownSuiteException e) {
                    throw stop(-1, "FORMAT", "a known suite", h.suiteId(), null);
                }
                ExportRecord r = read();
                while (r instanceof ExportRecord.Key k) {
                    keys.add(k);
                    r = read();
                }
                ExportRecord next = r;
                while (true) {
                    ChainVerifier v = new ChainVerifier(suite).expectOrigin(h.origin());
                    for (ExportRecord.CheckpointLine cp : pending) {
                        addCheckpoint(v, cp);
                    }
                    pending.clear();
                    Segment seg = new Segment(next);
                    next = null;
                    VerificationResult res =
                            v.verifyDigested(state, new ParallelDigests(seg, suite, true, digesters, inFlight));
                    if (!res.isValid()) {
                        Failure f = res.firstFailure().orElseThrow();
                        count = res.entriesVerified();
                        throw stop(f.sequence(), f.check().name(), f.expected(), f.computed(), f.detail());
                    }
                    state = v.lastValidState();
                    count = state.size();
                    if (seg.done) {
                        break;
                    }
                }
                complete(h, keys);
                return new ExportResult(
                        count, checkpoints, keys.size(), state.rootHash(), witnessedSize, cosignatures, null);
            } catch (Stop s) {
                return new ExportResult(count, checkpoints, keys.size(), null, witnessedSize, cosignatures, s.failure);
            }
        }

        private ExportRecord read() {
            try {
                return pipe.next();
            } catch (MalformedExportException e) {
                throw stop(-1, "FORMAT", "a well-formed export line", e.getMessage(), null);
            }
        }

        private void addCheckpoint(ChainVerifier v, ExportRecord.CheckpointLine cp) {
            long seq = cp.treeSize() - 1;
            if (cp.treeSize() < count) {
                throw stop(
                        seq,
                        "FORMAT",
                        "checkpoint of size " + count + " after entry " + (count - 1),
                        "size " + cp.treeSize(),
                        "checkpoint line out of place");
            }
            try {
                v.signedCheckpoint(cp.note()); // parses note and checkpoint body
            } catch (MalformedNoteException | RuntimeException e) {
                throw stop(seq, Check.CHECKPOINT_FORMAT.name(), "a signed checkpoint note", e.getMessage(), null);
            }
            checkpoints++;
            if (cp.cosignatures().isEmpty()) {
                return;
            }
            Cosignatures c;
            try {
                c = Cosignatures.of(Cosignatures.append(cp.note(), cp.cosignatures()), null, witnesses);
            } catch (MalformedNoteException e) {
                throw stop(seq, "COSIGNATURE", "well-formed cosignature lines", e.getMessage(), null);
            }
            if (c.bad() != null) {
                throw stop(seq, "COSIGNATURE", "valid cosignatures by trusted witnesses", c.bad(), null);
            }
            cosignatures += c.valid().size();
            if (quorum > 0 && c.witnessCount() >= quorum) {
                witnessedSize = Math.max(witnessedSize, cp.treeSize());
            }
        }

        private void complete(ExportRecord.Header h, List<ExportRecord.Key> keys) {
            if (end == null) {
                throw stop(
                        count,
                        "COMPLETENESS",
                        "an end line",
                        "end of file after " + count + " entries",
                        "the export is truncated");
            }
            if (read() != null) {
                throw stop(-1, "FORMAT", "nothing after the end line", "more lines", null);
            }
            if (end.entries() != count || end.checkpoints() != checkpoints || end.keys() != keys.size()) {
                throw stop(
                        count,
                        "COMPLETENESS",
                        end.entries() + " entries, " + end.checkpoints() + " checkpoints, " + end.keys()
                                + " keys (end line)",
                        count + " entries, " + checkpoints + " checkpoints, " + keys.size() + " keys",
                        "lines were removed or added");
            }
            if (h.treeSize() != count) {
                throw stop(count, "COMPLETENESS", h.treeSize() + " entries (header)", count + " entries", null);
            }
            for (ExportRecord.Key k : keys) {
                String inChain = introduced.get(k.fromSeq());
                if (!k.verifierKey().equals(inChain)) {
                    throw stop(
                            k.fromSeq(),
                            "KEY_HISTORY",
                            k.verifierKey() + " (key history row from entry " + k.fromSeq() + ")",
                            inChain == null ? "no genesis or rotation entry introduces a key there" : inChain,
                            null);
                }
                String id = KeyIds.hex(NoteVerifier.parse(k.verifierKey()).keyId());
                if (!id.equals(k.keyId())) {
                    throw stop(k.fromSeq(), "KEY_HISTORY", "key id " + id, "key id " + k.keyId(), null);
                }
            }
            if (keys.size() != introduced.size()) {
                throw stop(
                        -1,
                        "KEY_HISTORY",
                        introduced.size() + " keys (genesis and rotations in the chain)",
                        keys.size() + " key history rows",
                        null);
            }
            boolean ok = trusted.stream().anyMatch(t -> introduced.containsValue(t.vkey()));
            if (!ok) {
                throw stop(
                        -1,
                        "TRUSTED_KEY",
                        "a chain whose keys include "
                                + trusted.stream().map(NoteVerifier::vkey).toList(),
                        "keys " + introduced.values(),
                        "this export is not of the ledger you trust");
            }
            if (quorum > 0 && witnessedSize == 0) {
                throw stop(
                        -1,
                        "QUORUM",
                        "a checkpoint cosigned by at least " + quorum + " trusted witnesses",
                        "none",
                        null);
            }
        }

        /** Entries up to the next checkpoint line (or the end); records keys as genesis and rotations pass. */
        private final class Segment implements Iterator<Entry> {
            private ExportRecord look;
            boolean done;
            private boolean stopped;

            Segment(ExportRecord first) {
                this.look = first;
            }

            @Override
            public boolean hasNext() {
                if (stopped) {
                    return false;
                }
                if (look == null) {
                    look = read();
                }
                if (look instanceof ExportRecord.EntryLine) {
                    return true;
                }
                stopped = true;
                if (look instanceof ExportRecord.CheckpointLine cp) {
                    pending.add(cp);
                } else if (look instanceof ExportRecord.End e) {
                    end = e;
                    done = true;
                } else if (look == null) {
                    done = true;
                } else {
                    throw stop(-1, "FORMAT", "entry, checkpoint or end line", kind(look), "lines out of order");
                }
                look = null;
                return false;
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Entry e = ((ExportRecord.EntryLine) look).entry();
                look = null;
                observe(e);
                reader.accept(e);
                return e;
            }
        }

        private void observe(Entry e) {
            try {
                if (EntryTypes.GENESIS.equals(e.type())) {
                    introduced.put(
                            e.sequence(),
                            GenesisPayload.parse(e.payload()).signingKey().vkey());
                } else if (EntryTypes.KEY_ROTATED.equals(e.type())
                        && JsonParser.parse(e.payload()) instanceof Map<?, ?> m
                        && m.get("newKey") instanceof String k) {
                    introduced.put(e.sequence(), k);
                }
            } catch (IllegalArgumentException ignored) {
                // the chain verifier rejects this entry itself, naming it
            }
        }
    }

    private static String kind(ExportRecord r) {
        return r == null ? "end of file" : r.getClass().getSimpleName();
    }

    private static Stop stop(long seq, String check, String expected, String computed, String detail) {
        return new Stop(new ExportFailure(seq, check, expected, computed, detail));
    }
}
