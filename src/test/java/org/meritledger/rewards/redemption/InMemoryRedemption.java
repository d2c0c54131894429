package org.meritledger.rewards.redemption;

import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.rewards.InMemoryRewards;
import org.meritledger.rewards.catalog.CatalogLedger;
import org.meritledger.rewards.catalog.CatalogStock;
import org.meritledger.rewards.catalog.InMemoryCatalog;

/**
 * The redemption service over in-memory repositories, on the rewards and catalog of one
 * in-memory battalion, for plain JUnit and Karibu view tests. Locks and concurrency are the
 * Arquillian test's business (RedemptionIT).
 */
public final class InMemoryRedemption {

    public final InMemoryRewards rewards = new InMemoryRewards();
    public final InMemoryPersonnel p = rewards.p;
    public final InMemoryCatalog catalog = new InMemoryCatalog(p);
    public final MemRequests requests = new MemRequests(p);
    public final List<RequestChanged> events = new ArrayList<>();
    public final RedemptionService service = new RedemptionService(
            requests,
            rewards.movements,
            rewards.writer,
            new CatalogStock(catalog.items, catalog.versions, new CatalogLedger(p.guard, p.append), p.clock),
            catalog.items,
            p.soldiers,
            p.accounts,
            p.scope,
            p.callers,
            p.append,
            p.guard,
            p.clock,
            recording(events));

    @SuppressWarnings("unchecked")
    static Event<RequestChanged> recording(List<RequestChanged> into) {
        return (Event<RequestChanged>) java.lang.reflect.Proxy.newProxyInstance(
                Event.class.getClassLoader(), new Class<?>[] {Event.class}, (proxy, m, args) -> {
                    if (m.getName().equals("fire")) {
                        into.add((RequestChanged) args[0]);
                    }
                    return null;
                });
    }

    public static final class MemRequests implements Requests {
        public final Map<Long, RedemptionRequest> rows = new LinkedHashMap<>();
        public final List<RedemptionStep> steps = new ArrayList<>();
        private final InMemoryPersonnel p;

        MemRequests(InMemoryPersonnel p) {
            this.p = p;
        }

        @Override
        public RedemptionRequest add(RedemptionRequest r) {
            r.assignId(rows.size() + 1L);
            rows.put(r.getId(), r);
            return r;
        }

        @Override
        public Optional<RedemptionRequest> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<RedemptionRequest> lock(long id) {
            return find(id);
        }

        @Override
        public RedemptionStep addStep(RedemptionStep s) {
            steps.add(s);
            return s;
        }

        @Override
        public List<RedemptionStep> steps(long requestId) {
            return steps.stream()
                    .filter(s -> s.getRequestId() == requestId)
                    .sorted(Comparator.comparingInt(RedemptionStep::getStep))
                    .toList();
        }

        private Current current(RedemptionRequest r) {
            List<RedemptionStep> all = steps(r.getId());
            return new Current(r, all.get(all.size() - 1));
        }

        private List<Current> all() {
            return rows.values().stream()
                    .sorted(Comparator.comparing(RedemptionRequest::getId).reversed())
                    .map(this::current)
                    .toList();
        }

        @Override
        public List<Current> ofSoldier(long soldierId, int offset, int limit) {
            return all().stream()
                    .filter(c -> c.request().getSoldierId() == soldierId)
                    .skip(offset)
                    .limit(limit)
                    .toList();
        }

        @Override
        public long countOfSoldier(long soldierId) {
            return ofSoldier(soldierId, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public List<Current> queue(Collection<Long> unitIds, int offset, int limit) {
            return all().stream()
                    .filter(c -> unitIds == null
                            || unitIds.contains(p.soldiers
                                    .find(c.request().getSoldierId())
                                    .orElseThrow()
                                    .getUnitId()))
                    .sorted(Comparator.comparingInt(
                            (Current c) -> switch (c.latest().getState()) {
                                case PENDING -> 0;
                                case READY -> 1;
                                default -> 2;
                            }))
                    .skip(offset)
                    .limit(limit)
                    .toList();
        }

        @Override
        public long countQueue(Collection<Long> unitIds) {
            return queue(unitIds, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public long countTowardsLimit(long soldierId, long itemId, Instant from, Instant to) {
            return all().stream()
                    .filter(c -> c.request().getSoldierId() == soldierId
                            && c.request().getItemId() == itemId
                            && !c.request().getRequestedAt().isBefore(from)
                            && c.request().getRequestedAt().isBefore(to)
                            && c.latest().getState().counts())
                    .count();
        }

        @Override
        public long held(long soldierId) {
            return all().stream()
                    .filter(c -> c.request().getSoldierId() == soldierId
                            && c.latest().getState().holds())
                    .mapToLong(c -> c.request().getTokenCost())
                    .sum();
        }
    }
}
