package org.meritledger.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.meritledger.base.PageRequest;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.personnel.InMemoryPersonnel;

/** The training services over in-memory repositories, on top of {@link InMemoryPersonnel}. */
public final class InMemoryTraining {

    public final InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();
    public final MemStandards standards = new MemStandards();
    public final MemSessions sessions = new MemSessions();
    public final MemResults results = new MemResults(sessions);
    public final List<InMemoryPersonnel.Recorded> recorded = p.recorded;
    public final TrainingLedger ledger = new TrainingLedger(new IntegrityGuard(), (type, subject, payload) -> {
        recorded.add(new InMemoryPersonnel.Recorded(type, subject, payload.toString()));
        return recorded.size();
    });
    public final StandardCatalog catalog = new StandardCatalog(standards, ledger, p.clock);
    public final MemCorrections corrections = new MemCorrections();
    public final CorrectionService correctionService = new CorrectionService(
            corrections, results, sessions, standards, p.soldiers, p.accounts, p.scope, p.callers, ledger, p.clock);
    public final SessionService service = new SessionService(
            sessions, results, standards, p.soldiers, p.scope, p.callers, ledger, p.clock, correctionService);
    public final ScoreFileService files = new ScoreFileService(
            sessions, results, standards, p.soldiers, p.scope, p.callers, service, correctionService);

    private static final AtomicLong IDS = new AtomicLong(1000);

    public static final class MemStandards implements TrainingStandards {
        final Map<Long, StoredStandard> rows = new LinkedHashMap<>();

        @Override
        public Optional<StoredStandard> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<StoredStandard> current() {
            Map<String, StoredStandard> newest = new LinkedHashMap<>();
            rows.values().forEach(s -> newest.merge(s.getCode(), s, (a, b) -> a.getVersion() > b.getVersion() ? a : b));
            return new ArrayList<>(newest.values());
        }

        @Override
        public Optional<StoredStandard> current(String code) {
            return rows.values().stream()
                    .filter(s -> s.getCode().equals(code))
                    .max(Comparator.comparingInt(StoredStandard::getVersion));
        }

        @Override
        public StoredStandard store(StoredStandard s) {
            s.assignId(IDS.incrementAndGet());
            rows.put(s.getId(), s);
            return s;
        }
    }

    public static final class MemSessions implements TrainingSessions {
        final Map<Long, TrainingSession> rows = new LinkedHashMap<>();

        @Override
        public Optional<TrainingSession> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<TrainingSession> page(Collection<Long> unitIds, PageRequest page) {
            return rows.values().stream()
                    .filter(s -> unitIds == null || unitIds.contains(s.getUnitId()))
                    .skip(page.offset())
                    .limit(page.limit())
                    .toList();
        }

        @Override
        public long count(Collection<Long> unitIds) {
            return rows.values().stream()
                    .filter(s -> unitIds == null || unitIds.contains(s.getUnitId()))
                    .count();
        }

        @Override
        public TrainingSession store(TrainingSession s) {
            if (s.getId() == null) {
                s.assignId(IDS.incrementAndGet());
            }
            rows.put(s.getId(), s);
            return s;
        }
    }

    public static final class MemResults implements TrainingResults {
        final Map<Long, TrainingResult> rows = new LinkedHashMap<>();

        @Override
        public Optional<TrainingResult> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<TrainingResult> findLocked(long id) {
            return find(id);
        }

        private final MemSessions sessions;

        public MemResults(MemSessions sessions) {
            this.sessions = sessions;
        }

        @Override
        public List<TrainingResult> ofSession(long sessionId) {
            return rows.values().stream()
                    .filter(r -> r.getSessionId() == sessionId)
                    .toList();
        }

        @Override
        public long countOfSession(long sessionId) {
            return rows.values().stream()
                    .filter(r -> r.getSessionId() == sessionId)
                    .count();
        }

        @Override
        public List<TrainingResult> signedOf(long soldierId) {
            // newest session first, as the database query orders them
            return rows.values().stream()
                    .filter(r -> r.getSoldierId() == soldierId && r.isSigned())
                    .sorted(Comparator.comparing((TrainingResult r) ->
                                    sessions.rows.get(r.getSessionId()).getStartsAt())
                            .thenComparing(TrainingResult::getId)
                            .reversed())
                    .toList();
        }

        @Override
        public TrainingResult store(TrainingResult r) {
            if (r.getId() == null) {
                r.assignId(IDS.incrementAndGet());
            }
            rows.put(r.getId(), r);
            return r;
        }
    }

    /** Corrections and decisions; "pending" joins through results and sessions like the JPA query. */
    public final class MemCorrections implements TrainingCorrections {
        public final Map<Long, TrainingCorrection> rows = new LinkedHashMap<>();
        public final Map<Long, CorrectionDecision> decisions = new LinkedHashMap<>();

        @Override
        public Optional<TrainingCorrection> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<TrainingCorrection> ofResults(Collection<Long> resultIds) {
            return rows.values().stream()
                    .filter(c -> resultIds.contains(c.getResultId()))
                    .toList();
        }

        @Override
        public Map<Long, CorrectionDecision> decisionsOf(Collection<Long> correctionIds) {
            Map<Long, CorrectionDecision> out = new LinkedHashMap<>();
            decisions.values().stream()
                    .filter(d -> correctionIds.contains(d.getCorrectionId()))
                    .forEach(d -> out.put(d.getCorrectionId(), d));
            return out;
        }

        private java.util.stream.Stream<TrainingCorrection> pendingIn(Collection<Long> unitIds) {
            return rows.values().stream()
                    .filter(c -> c.isNeedsApproval() && !decisions.containsKey(c.getId()))
                    .filter(c -> unitIds == null
                            || unitIds.contains(sessions.rows
                                    .get(results.rows.get(c.getResultId()).getSessionId())
                                    .getUnitId()));
        }

        @Override
        public List<TrainingCorrection> pending(Collection<Long> unitIds, PageRequest page) {
            return pendingIn(unitIds).skip(page.offset()).limit(page.limit()).toList();
        }

        @Override
        public long countPending(Collection<Long> unitIds) {
            return pendingIn(unitIds).count();
        }

        @Override
        public TrainingCorrection store(TrainingCorrection c) {
            c.assignId(IDS.incrementAndGet());
            rows.put(c.getId(), c);
            return c;
        }

        @Override
        public CorrectionDecision store(CorrectionDecision d) {
            if (decisions.containsKey(d.getCorrectionId())) {
                throw new IllegalStateException("unique key: one decision per correction");
            }
            d.assignId(IDS.incrementAndGet());
            decisions.put(d.getCorrectionId(), d);
            return d;
        }
    }
}
