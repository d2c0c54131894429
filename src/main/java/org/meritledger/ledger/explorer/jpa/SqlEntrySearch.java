package org.meritledger.ledger.explorer.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meritledger.ledger.explorer.EntryFilter;
import org.meritledger.ledger.explorer.EntrySearch;
import org.meritledger.ledger.explorer.EntrySummary;

/**
 * The explorer's queries in plain SQL on {@code ledger_entry}, never reading payloads for a list.
 * Without filters a page is a range of sequence numbers (sequence numbers have no gaps), so the
 * last page of ten million entries costs what the first does; with filters the indexes on type,
 * actor, subject and time (migration V62) keep each page an index range scan.
 */
@ApplicationScoped
public class SqlEntrySearch implements EntrySearch {

    private static final String COLUMNS = "seq, ts, entry_type, actor_account_id, actor_role, subject";

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public long size() {
        return ((Number) em.createNativeQuery("select next_seq from ledger_head where id = 1")
                        .getSingleResult())
                .longValue();
    }

    @Override
    public List<EntrySummary> page(EntryFilter f, int offset, int limit) {
        if (limit == 0) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from ledger_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        long top = f.toSeq() == null ? size() - 1 : Math.min(f.toSeq(), size() - 1);
        if (f.bySequenceOnly()) {
            // page by position: the newest entry is top, the offset-th after it is top - offset
            long high = top - offset;
            if (high < 0) {
                return List.of();
            }
            long low = Math.max(high - limit + 1, f.fromSeq() == null ? 0 : f.fromSeq());
            sql.append(" and seq between ?").append(args.size() + 1);
            args.add(low);
            sql.append(" and ?").append(args.size() + 1);
            args.add(high);
            sql.append(" order by seq desc");
            return run(sql.toString(), args, 0, limit);
        }
        text(sql, args, "entry_type", f.typePrefix());
        text(sql, args, "subject", f.subjectPrefix());
        if (f.actorAccountId() != null) {
            sql.append(" and actor_account_id = ?").append(args.size() + 1);
            args.add(f.actorAccountId());
        }
        if (f.from() != null) {
            sql.append(" and ts >= ?").append(args.size() + 1);
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and ts < ?").append(args.size() + 1);
            args.add(Timestamp.from(f.to()));
        }
        if (f.fromSeq() != null) {
            sql.append(" and seq >= ?").append(args.size() + 1);
            args.add(f.fromSeq());
        }
        sql.append(" and seq <= ?").append(args.size() + 1);
        args.add(top);
        sql.append(" order by seq desc");
        return run(sql.toString(), args, offset, limit);
    }

    @Override
    public List<EntrySummary> ofSubject(String subject, int limit) {
        return run(
                "select " + COLUMNS + " from ledger_entry where subject = ?1 order by seq", List.of(subject), 0, limit);
    }

    @Override
    public Optional<CoveringCheckpoint> firstCovering(long seq) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tree_size, root_hash, key_id, created_at"
                        + " from ledger_checkpoint where tree_size > ?1 order by tree_size, id")
                .setParameter(1, seq)
                .setMaxResults(1)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new CoveringCheckpoint(
                        ((Number) r[0]).longValue(), ((String) r[1]).strip(), ((String) r[2]).strip(), instant(r[3])));
    }

    private List<EntrySummary> run(String sql, List<Object> args, int offset, int limit) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setFirstResult(offset).setMaxResults(limit).getResultList();
        List<EntrySummary> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new EntrySummary(
                    ((Number) r[0]).longValue(),
                    instant(r[1]),
                    (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue(),
                    r[4] == null ? null : ((String) r[4]).strip(),
                    (String) r[5]));
        }
        return out;
    }

    /** {@code value*} matches by prefix; anything else exactly (an index lookup). */
    private static void text(StringBuilder sql, List<Object> args, String column, String value) {
        if (value == null) {
            return;
        }
        if (EntryFilter.isPrefix(value)) {
            sql.append(" and ")
                    .append(column)
                    .append(" like ?")
                    .append(args.size() + 1)
                    .append(" escape '!'");
            args.add(likePrefix(EntryFilter.stem(value)));
        } else {
            sql.append(" and ").append(column).append(" = ?").append(args.size() + 1);
            args.add(value);
        }
    }

    /** A LIKE pattern matching values that start with {@code prefix} literally. */
    static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected time value " + o);
    }
}
