package org.meritledger.personnel.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.meritledger.personnel.OrgUnit;
import org.meritledger.personnel.Units;

@ApplicationScoped
public class JpaUnits implements Units {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<OrgUnit> all() {
        return em.createQuery("select u from OrgUnit u order by u.code", OrgUnit.class)
                .getResultList();
    }

    @Override
    public OrgUnit store(OrgUnit unit) {
        if (unit.getId() == null) {
            em.persist(unit);
            em.flush();
            return unit;
        }
        return em.merge(unit);
    }
}
