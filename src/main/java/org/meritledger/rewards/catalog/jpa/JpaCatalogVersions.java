package org.meritledger.rewards.catalog.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.meritledger.rewards.catalog.CatalogItemVersion;
import org.meritledger.rewards.catalog.CatalogVersions;

@ApplicationScoped
public class JpaCatalogVersions implements CatalogVersions {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public CatalogItemVersion add(CatalogItemVersion version) {
        em.persist(version);
        return version;
    }

    @Override
    public List<CatalogItemVersion> ofItem(long itemId) {
        return em.createQuery(
                        "select v from CatalogItemVersion v where v.itemId = :i order by v.revision desc",
                        CatalogItemVersion.class)
                .setParameter("i", itemId)
                .getResultList();
    }
}
