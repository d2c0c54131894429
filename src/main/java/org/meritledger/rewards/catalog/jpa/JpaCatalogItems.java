package org.meritledger.rewards.catalog.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meritledger.base.PageRequest;
import org.meritledger.rewards.catalog.CatalogItem;
import org.meritledger.rewards.catalog.CatalogItems;

@ApplicationScoped
public class JpaCatalogItems implements CatalogItems {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<CatalogItem> find(long id) {
        return Optional.ofNullable(em.find(CatalogItem.class, id));
    }

    @Override
    public Optional<CatalogItem> lockForChange(long id) {
        CatalogItem item = em.find(CatalogItem.class, id);
        if (item != null) {
            // re-read under the lock: a copy cached earlier in this transaction may be stale
            em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(item);
    }

    @Override
    public Optional<CatalogItem> lockShared(long id) {
        CatalogItem item = em.find(CatalogItem.class, id);
        if (item != null) {
            em.refresh(item, LockModeType.PESSIMISTIC_READ);
        }
        return Optional.ofNullable(item);
    }

    @Override
    public CatalogItem store(CatalogItem item) {
        if (item.getId() == null) {
            em.persist(item);
            em.flush();
            return item;
        }
        CatalogItem merged = em.merge(item);
        em.flush();
        return merged;
    }

    @Override
    public List<CatalogItem> page(boolean includeRetired, PageRequest page) {
        String order = switch (page.sortProperty() == null ? "" : page.sortProperty()) {
            case "tokenCost" -> "i.tokenCost";
            default -> "lower(i.nameEn)";
        };
        String dir = page.ascending() ? " asc" : " desc";
        return em.createQuery(
                        "select i from CatalogItem i" + (includeRetired ? "" : " where i.active = true") + " order by "
                                + order + dir + ", i.id",
                        CatalogItem.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    @Override
    public long count(boolean includeRetired) {
        return em.createQuery(
                        "select count(i) from CatalogItem i" + (includeRetired ? "" : " where i.active = true"),
                        Long.class)
                .getSingleResult();
    }

    @Override
    public List<CatalogItem> offeredTo(Collection<Long> roots, int limit) {
        String where =
                roots.isEmpty() ? "i.visibleUnitId is null" : "(i.visibleUnitId is null or i.visibleUnitId in :roots)";
        var q = em.createQuery(
                "select i from CatalogItem i where i.active = true and " + where
                        + " order by i.tokenCost, lower(i.nameEn), i.id",
                CatalogItem.class);
        if (!roots.isEmpty()) {
            q.setParameter("roots", roots);
        }
        return q.setMaxResults(limit).getResultList();
    }
}
