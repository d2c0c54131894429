package org.meritledger.ledger.explorer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.InvalidInputException.Problem;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.LedgerReceipts;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * The ledger explorer's boundary: administrators and auditors browse entries with filters and open
 * one with its hashes, the checkpoint that first covered it, its inclusion proof (checked now) and
 * the other entries about the same record. Everyone else is refused here, not only in the menu.
 */
@ApplicationScoped
public class LedgerExplorerService {

    /** Entries of one record shown with an entry; a record with more shows the first ones. */
    static final int SUBJECT_HISTORY_LIMIT = 200;

    /** Largest page the grid may ask for. */
    static final int MAX_PAGE = 500;

    private CallerProvider callers;
    private EntrySearch search;
    private LedgerReceipts receipts;

    /** For the container's client proxy. */
    protected LedgerExplorerService() {}

    @Inject
    public LedgerExplorerService(CallerProvider callers, EntrySearch search, LedgerReceipts receipts) {
        this.callers = callers;
        this.search = search;
        this.receipts = receipts;
    }

    /** Refuses what cannot be searched, naming the field; a valid filter changes nothing. */
    public static void validate(EntryFilter f) {
        List<Problem> problems = new ArrayList<>();
        if (f.typePrefix() != null && f.typePrefix().length() > EntryFilter.MAX_PREFIX) {
            problems.add(new Problem("type", "explorer.error.tooLong", EntryFilter.MAX_PREFIX));
        }
        if (f.subjectPrefix() != null && f.subjectPrefix().length() > EntryFilter.MAX_PREFIX) {
            problems.add(new Problem("subject", "explorer.error.tooLong", EntryFilter.MAX_PREFIX));
        }
        if (f.actorAccountId() != null && f.actorAccountId() < 0) {
            problems.add(new Problem("actor", "explorer.error.negative"));
        }
        if (f.fromSeq() != null && f.fromSeq() < 0) {
            problems.add(new Problem("fromSeq", "explorer.error.negative"));
        }
        if (f.toSeq() != null && f.toSeq() < 0) {
            problems.add(new Problem("toSeq", "explorer.error.negative"));
        }
        if (f.fromSeq() != null && f.toSeq() != null && f.fromSeq() > f.toSeq()) {
            problems.add(new Problem("toSeq", "explorer.error.seqOrder"));
        }
        if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
            problems.add(new Problem("to", "explorer.error.timeOrder"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    @Transactional
    public List<EntrySummary> entries(EntryFilter filter, int offset, int limit) {
        require();
        validate(filter);
        if (offset < 0 || limit < 0) {
            throw new InvalidInputException(null, "explorer.error.negative");
        }
        return search.page(filter, offset, Math.min(limit, MAX_PAGE));
    }

    @Transactional
    public long size() {
        require();
        return search.size();
    }

    /** One entry opened: hashes, covering checkpoint, inclusion proof checked now, its record's history. */
    @Transactional
    public EntryDetail entry(long seq) {
        require();
        if (seq < 0 || seq >= search.size()) {
            throw new NotFoundException("entry " + seq);
        }
        EntryReceipt receipt = receipts.receipt(seq);
        Entry e = receipt.entry();
        EntrySummary summary =
                new EntrySummary(e.sequence(), e.timestamp(), e.type(), e.actorAccountId(), e.actorRole(), e.subject());
        List<EntrySummary> history =
                e.subject() == null ? List.of() : search.ofSubject(e.subject(), SUBJECT_HISTORY_LIMIT);
        return new EntryDetail(
                summary,
                pretty(e.payload()),
                Bytes.hex(e.payloadHash()),
                Bytes.hex(e.previousHash()),
                Bytes.hex(e.entryHash()),
                search.firstCovering(seq).orElse(null),
                receipt,
                history);
    }

    /** Indented for people; an unreadable payload is shown as stored (verification reports it). */
    static String pretty(String payload) {
        try (JsonReader r = Json.createReader(new StringReader(payload))) {
            JsonValue v = r.readValue();
            StringWriter out = new StringWriter();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                w.write(v);
            }
            return out.toString().strip();
        } catch (RuntimeException notJson) {
            return payload;
        }
    }

    private Caller require() {
        Caller c = callers.require();
        if (!c.hasAny(Role.ADMIN, Role.AUDITOR)) {
            throw new AccessDeniedException("error.accessDenied", c.username() + " may not explore the ledger");
        }
        return c;
    }
}
