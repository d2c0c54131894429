package org.meritledger.training.dashboard.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.meritledger.base.PageRequest;
import org.meritledger.training.dashboard.PassRates;
import org.meritledger.training.dashboard.TrainingStatistics;
import org.meritledger.training.session.SessionState;
import org.meritledger.training.standard.Tier;
import org.meritledger.training.standard.TrainingKind;

/**
 * The dashboard's figures as group-by queries. The latest qualification per soldier is picked
 * with a window function (row_number over the soldier's results, newest first), which H2 2.x and
 * PostgreSQL both run; nothing is loaded per soldier or per result.
 */
@ApplicationScoped
public class JpaTrainingStatistics implements TrainingStatistics {

    /**
     * Result rows with the tier and pass/fail that count now: a correction in effect (the newest
     * one that needs no approval or was approved) replaces the signed values; the original row is
     * never changed, so the dashboard must follow the correction tables like My training does.
     */
    static final String EFFECTIVE_RESULTS = "(select r.id, r.session_id, r.soldier_id, r.signed,"
            + " case when c.id is null then r.tier else c.tier end as tier,"
            + " case when c.id is null then r.passed else c.passed end as passed"
            + " from training_result r left join training_correction c on c.id = (select max(c2.id)"
            + " from training_correction c2 left join training_correction_decision d on d.correction_id = c2.id"
            + " where c2.result_id = r.id and (c2.needs_approval = false or d.approved = true)))";

    /** A soldier's signed, graded rifle qualifications in the given units. */
    private static final String QUALIFICATIONS = " from " + EFFECTIVE_RESULTS + " r"
            + " join training_session s on s.id = r.session_id"
            + " join training_standard st on st.id = s.standard_id"
            + " join soldier so on so.id = r.soldier_id"
            + " where r.signed = true and r.tier is not null and st.kind = 'MARKSMANSHIP'"
            + " and so.status = 'ACTIVE' and so.unit_id in (:units)";

    /** Active soldiers of the units with the day of their latest qualifying result (or none). */
    private static final String DUE =
            " from soldier d left join (select r.soldier_id as sid, max(s.starts_at) as last_q"
                    + QUALIFICATIONS + " and r.tier <> 'UNQUALIFIED' group by r.soldier_id) q on q.sid = d.id"
                    + " where d.status = 'ACTIVE' and d.unit_id in (:units) and (q.last_q is null or q.last_q < :before)";

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Map<Tier, Long> latestQualificationTiers(Collection<Long> unitIds) {
        Map<Tier, Long> out = new EnumMap<>(Tier.class);
        if (unitIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select x.tier, count(*) from (select r.tier as tier,"
                        + " row_number() over (partition by r.soldier_id order by s.starts_at desc, r.id desc) as rn"
                        + QUALIFICATIONS + ") x where x.rn = 1 group by x.tier")
                .setParameter("units", unitIds)
                .getResultList();
        for (Object[] row : rows) {
            out.put(Tier.valueOf(row[0].toString().trim()), ((Number) row[1]).longValue());
        }
        return out;
    }

    @Override
    public List<PassRates.SessionTally> sessionTallies(Collection<Long> unitIds, Instant since) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.starts_at, st.kind, count(*),"
                        + " sum(case when r.passed = true then 1 else 0 end)"
                        + " from training_session s join training_standard st on st.id = s.standard_id"
                        + " join " + EFFECTIVE_RESULTS + " r on r.session_id = s.id"
                        + " where s.state = 'SIGNED_OFF' and s.unit_id in (:units) and s.starts_at >= :since"
                        + " and r.signed = true and r.passed is not null"
                        + " group by s.id, s.starts_at, st.kind")
                .setParameter("units", unitIds)
                .setParameter("since", since)
                .getResultList();
        return rows.stream()
                .map(row -> new PassRates.SessionTally(
                        instant(row[0]),
                        TrainingKind.valueOf(row[1].toString().trim()),
                        ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
                .toList();
    }

    @Override
    public List<DueRow> dueForRequalification(Collection<Long> unitIds, Instant qualifiedBefore, PageRequest page) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select d.id, d.service_number, d.family_name, d.given_name, d.unit_id,"
                                + " q.last_q" + DUE
                                + " order by case when q.last_q is null then 0 else 1 end, q.last_q, d.service_number")
                .setParameter("units", unitIds)
                .setParameter("before", qualifiedBefore)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        return rows.stream()
                .map(r -> new DueRow(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        instant(r[5])))
                .toList();
    }

    @Override
    public long countDueForRequalification(Collection<Long> unitIds, Instant qualifiedBefore) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select count(*)" + DUE)
                        .setParameter("units", unitIds)
                        .setParameter("before", qualifiedBefore)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public List<DraftRow> drafts(Collection<Long> unitIds, PageRequest page) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select s.id, st.code, s.unitId, s.startsAt, s.place,"
                                + " (select count(r) from TrainingResult r where r.sessionId = s.id)"
                                + " from TrainingSession s, StoredStandard st where st.id = s.standardId and s.state = :draft"
                                + " and s.unitId in :units order by s.startsAt, s.id",
                        Object[].class)
                .setParameter("draft", SessionState.DRAFT)
                .setParameter("units", unitIds)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultStream()
                .map(r -> new DraftRow(
                        (Long) r[0],
                        (String) r[1],
                        (Long) r[2],
                        (Instant) r[3],
                        (String) r[4],
                        ((Number) r[5]).longValue()))
                .toList();
    }

    @Override
    public long countDrafts(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return em.createQuery(
                        "select count(s) from TrainingSession s where s.state = :draft and s.unitId in :units",
                        Long.class)
                .setParameter("draft", SessionState.DRAFT)
                .setParameter("units", unitIds)
                .getSingleResult();
    }

    /** Native queries return timestamps as the driver likes (H2: OffsetDateTime, PostgreSQL: Timestamp or Instant). */
    static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + v.getClass());
    }
}
