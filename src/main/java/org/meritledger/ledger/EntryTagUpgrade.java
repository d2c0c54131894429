package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.hibernate.Session;
import org.meritledger.ledger.core.Bytes;

/**
 * Tags the entries recorded before entry tags existed, once, at the first start after the
 * upgrade (docs/ledger-format.md "Entry tags, upgrade"). Only when this node has just created its
 * tag key and the database holds no tag at all, and only after a full verification without tags
 * passed: the tags then vouch for exactly the ledger as it verified at that moment. The
 * {@value #TYPE} entry records how many entries were tagged, so the step is visible in the
 * ledger and is never repeated (a later missing tag is a failure, not a reason to tag again).
 */
@ApplicationScoped
public class EntryTagUpgrade {

    static final String TYPE = "ledger.entries.tagged";

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Inject
    LedgerState state;

    @Inject
    LedgerService ledger;

    /** Whether the ledger has entries but neither tags nor an earlier tagging entry. */
    @Transactional
    public boolean needed() {
        long tags = ((Number) em.createNativeQuery("select count(*) from ledger_entry_tag")
                        .getSingleResult())
                .longValue();
        long marks = ((Number) em.createNativeQuery("select count(*) from ledger_entry where entry_type = ?1")
                        .setParameter(1, TYPE)
                        .getSingleResult())
                .longValue();
        return tags == 0 && marks == 0 && ledger.size() > 0;
    }

    /** Tags entries 0..size-1 and records the step; returns how many were tagged. */
    @Transactional
    public long tagAll() {
        long size = ledger.size();
        // the append first: it locks the head, so no entry is added between counting and tagging
        ledger.append(TYPE, null, Map.of("entries", size, "reason", "entries recorded before entry tags existed"));
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement read =
                            c.prepareStatement("select seq, entry_hash from ledger_entry where seq < ? order by seq");
                    PreparedStatement insert =
                            c.prepareStatement("insert into ledger_entry_tag (seq, tag) values (?, ?)")) {
                read.setLong(1, size);
                read.setFetchSize(1000);
                try (ResultSet rs = read.executeQuery()) {
                    int n = 0;
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        insert.setLong(1, seq);
                        insert.setString(
                                2,
                                Bytes.hex(state.tags()
                                        .tag(seq, Bytes.fromHex(rs.getString(2).trim()))));
                        insert.addBatch();
                        if (++n % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        });
        return size;
    }
}
