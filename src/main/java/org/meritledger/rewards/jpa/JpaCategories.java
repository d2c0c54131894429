package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.meritledger.rewards.category.Categories;
import org.meritledger.rewards.category.Category;

@ApplicationScoped
public class JpaCategories implements Categories {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public List<Category> all() {
        return em.createQuery("select c from Category c order by c.id", Category.class)
                .getResultList();
    }

    @Override
    public Optional<Category> find(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    @Override
    public Optional<Category> findByCode(String code) {
        return em.createQuery("select c from Category c where c.code = :c", Category.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Category add(Category c) {
        em.persist(c);
        em.flush();
        return c;
    }
}
