package org.meritledger.api.token.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.meritledger.api.token.ApiToken;
import org.meritledger.api.token.ApiTokens;

@ApplicationScoped
public class JpaApiTokens implements ApiTokens {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> ofAccount(long accountId) {
        return em.createQuery(
                        "select t from ApiToken t where t.accountId = :a order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("a", accountId)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public ApiToken store(ApiToken t) {
        if (t.getId() == null) {
            em.persist(t);
            em.flush();
            return t;
        }
        return em.merge(t);
    }
}
