package org.meritledger.rewards.rules.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.meritledger.rewards.rules.RuleAwards;

@ApplicationScoped
public class JpaRuleAwards implements RuleAwards {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<Long> openAward(String prefix) {
        // the prefix is digits, letters, ':' and '/' only: nothing LIKE would read as a wildcard
        List<?> ids = em.createNativeQuery("select m.id from reward_movement m where m.kind = 'RULE_AWARD'"
                        + " and m.reference like ?1"
                        + " and not exists (select 1 from reward_movement r where r.reverses_id = m.id)"
                        + " order by m.id desc")
                .setParameter(1, prefix + "%")
                .setMaxResults(1)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }
}
