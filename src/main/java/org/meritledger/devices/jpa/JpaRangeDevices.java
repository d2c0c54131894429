package org.meritledger.devices.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meritledger.devices.DeviceSubmission;
import org.meritledger.devices.RangeDevice;
import org.meritledger.devices.RangeDevices;

@ApplicationScoped
public class JpaRangeDevices implements RangeDevices {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<RangeDevice> find(long id) {
        return Optional.ofNullable(em.find(RangeDevice.class, id));
    }

    @Override
    public Optional<RangeDevice> findLocked(long id) {
        return Optional.ofNullable(em.find(RangeDevice.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean keyInUse(String publicKey) {
        return !em.createQuery("select d.id from RangeDevice d where d.publicKey = :k", Long.class)
                .setParameter("k", publicKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<RangeDevice> page(Collection<Long> unitIds, int offset, int limit) {
        TypedQuery<RangeDevice> q = em.createQuery(
                "select d from RangeDevice d" + (unitIds == null ? "" : " where d.unitId in :u")
                        + " order by d.id desc",
                RangeDevice.class);
        if (unitIds != null) {
            q.setParameter("u", unitIds);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Collection<Long> unitIds) {
        TypedQuery<Long> q = em.createQuery(
                "select count(d) from RangeDevice d" + (unitIds == null ? "" : " where d.unitId in :u"), Long.class);
        if (unitIds != null) {
            q.setParameter("u", unitIds);
        }
        return q.getSingleResult();
    }

    @Override
    public RangeDevice store(RangeDevice d) {
        if (d.getId() == null) {
            em.persist(d);
            em.flush();
            return d;
        }
        return em.merge(d);
    }

    @Override
    public boolean nonceUsed(long deviceId, String nonce) {
        return !em.createQuery("select s.id from DeviceSubmission s where s.deviceId = :d and s.nonce = :n", Long.class)
                .setParameter("d", deviceId)
                .setParameter("n", nonce)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public DeviceSubmission store(DeviceSubmission s) {
        em.persist(s);
        em.flush(); // the id for the ledger entry, and the nonce's unique constraint checked here
        return s;
    }

    @Override
    public Optional<Instant> lastSubmission(long deviceId) {
        return Optional.ofNullable(
                em.createQuery("select max(s.receivedAt) from DeviceSubmission s where s.deviceId = :d", Instant.class)
                        .setParameter("d", deviceId)
                        .getSingleResult());
    }

    @Override
    public long submissions(long deviceId) {
        return em.createQuery("select count(s) from DeviceSubmission s where s.deviceId = :d", Long.class)
                .setParameter("d", deviceId)
                .getSingleResult();
    }
}
