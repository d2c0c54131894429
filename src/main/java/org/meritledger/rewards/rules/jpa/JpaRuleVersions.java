package org.meritledger.rewards.rules.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.rewards.rules.RuleStates;
import org.meritledger.rewards.rules.RuleVersion;
import org.meritledger.rewards.rules.RuleVersions;
import org.meritledger.rewards.rules.replay.RuleReference;

@ApplicationScoped
public class JpaRuleVersions implements RuleVersions {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public RuleVersion add(RuleVersion v) {
        em.persist(v);
        em.flush();
        return v;
    }

    @Override
    public List<Entered> all() {
        List<RuleVersion> all = em.createQuery(
                        "select v from RuleVersion v order by v.ruleId, v.version", RuleVersion.class)
                .getResultList();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<String, Long> seqs = new HashMap<>();
        for (Object row : em.createNativeQuery(
                        "select subject, max(seq) from ledger_entry where entry_type = ?1 group by subject")
                .setParameter(1, RuleStates.ENTRY_TYPE)
                .getResultList()) {
            Object[] r = (Object[]) row;
            seqs.put((String) r[0], ((Number) r[1]).longValue());
        }
        List<Entered> out = new ArrayList<>();
        for (RuleVersion v : all) {
            Long seq = seqs.get(RuleStates.SUBJECT + v.getId());
            // a version without its entry never counts (verification reports the row)
            if (seq != null) {
                out.add(new Entered(v, seq));
            }
        }
        return out;
    }

    @Override
    public List<RuleVersion> ofRule(long ruleId) {
        return em.createQuery("select v from RuleVersion v where v.ruleId = :r order by v.version", RuleVersion.class)
                .setParameter("r", ruleId)
                .getResultList();
    }

    @Override
    public long nextRuleId() {
        Number max = (Number)
                em.createQuery("select max(v.ruleId) from RuleVersion v").getSingleResult();
        return max == null ? 1 : max.longValue() + 1;
    }

    @Override
    public Map<Long, Long> firedCounts() {
        Map<Long, Long> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<String> refs = em.createNativeQuery("select m.reference from reward_movement m where m.kind = 'RULE_AWARD'"
                        + " and not exists (select 1 from reward_movement r where r.reverses_id = m.id)")
                .getResultList();
        for (String ref : refs) {
            RuleReference r = RuleReference.parse(ref);
            if (r != null) {
                out.merge(r.ruleId(), 1L, Long::sum);
            }
        }
        return out;
    }
}
