package org.meritledger.personnel.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierFilter;
import org.meritledger.personnel.Soldiers;

/**
 * Filtering, sorting and paging happen in SQL so a grid over 100,000 soldiers only ever reads
 * one page. Sort properties are whitelisted: a grid column name never reaches the query text.
 */
@ApplicationScoped
public class JpaSoldiers implements Soldiers {

    private static final Map<String, String> SORTS = Map.of(
            "serviceNumber", "s.serviceNumber",
            "familyName", "s.familyName",
            "givenName", "s.givenName",
            "rank", "s.rank",
            "status", "s.status",
            "unitId", "s.unitId");

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<Soldier> find(long id) {
        return Optional.ofNullable(em.find(Soldier.class, id));
    }

    @Override
    public List<Soldier> findAll(Collection<Long> ids) {
        List<Long> list = List.copyOf(ids);
        List<Soldier> out = new java.util.ArrayList<>(list.size());
        for (int from = 0; from < list.size(); from += 1000) { // IN lists kept short for every driver
            out.addAll(em.createQuery("select s from Soldier s where s.id in :ids", Soldier.class)
                    .setParameter("ids", list.subList(from, Math.min(list.size(), from + 1000)))
                    .getResultList());
        }
        return out;
    }

    @Override
    public Optional<Soldier> findByServiceNumber(String serviceNumber) {
        return em.createQuery("select s from Soldier s where s.serviceNumber = :sn", Soldier.class)
                .setParameter("sn", serviceNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Soldier> page(SoldierFilter filter, Collection<Long> unitIds, PageRequest page) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        String column =
                page.sortProperty() == null ? "s.familyName" : SORTS.getOrDefault(page.sortProperty(), "s.familyName");
        String dir = page.ascending() ? " asc" : " desc";
        // id last makes the order total, so pages never repeat or skip a soldier
        String order = " order by " + column + dir + ", s.familyName, s.givenName, s.id";
        TypedQuery<Soldier> q =
                em.createQuery("select s from Soldier s" + where(filter, unitIds) + order, Soldier.class);
        bind(q, filter, unitIds);
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    @Override
    public long count(SoldierFilter filter, Collection<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("select count(s) from Soldier s" + where(filter, unitIds), Long.class);
        bind(q, filter, unitIds);
        return q.getSingleResult();
    }

    @Override
    public Soldier store(Soldier soldier) {
        if (soldier.getId() == null) {
            em.persist(soldier);
            em.flush();
            return soldier;
        }
        return em.merge(soldier);
    }

    private static String where(SoldierFilter f, Collection<Long> unitIds) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (unitIds != null) {
            w.append(" and s.unitId in :units");
        }
        if (f.normalizedText() != null) {
            w.append(" and s.searchText like :text escape '!'");
        }
        if (f.status() != null) {
            w.append(" and s.status = :status");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, SoldierFilter f, Collection<Long> unitIds) {
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        if (f.normalizedText() != null) {
            q.setParameter("text", "%" + escapeLike(f.normalizedText()) + "%");
        }
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
