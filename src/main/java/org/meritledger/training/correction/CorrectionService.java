package org.meritledger.training.correction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;
import org.meritledger.training.TrainingLedger;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.session.TrainingResult;
import org.meritledger.training.session.TrainingResults;
import org.meritledger.training.session.TrainingSession;
import org.meritledger.training.session.TrainingSessions;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Grade;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.Standard;
import org.meritledger.training.standard.StoredStandard;
import org.meritledger.training.standard.TrainingStandards;

/**
 * Corrections of signed-off results. The signed result row is never changed: a correction is a
 * new row pointing at it, with a reason, recorded on the ledger in the same transaction. A
 * correction that leaves the tier (or pass/fail) as it was counts at once; one that changes it
 * waits until a second person approves it: another commander of the session's unit chain or an
 * administrator, never its author. Commanders act within their command, administrators anywhere;
 * auditors and soldiers only read.
 */
@ApplicationScoped
@Transactional
public class CorrectionService {

    private TrainingCorrections corrections;
    private TrainingResults results;
    private TrainingSessions sessions;
    private TrainingStandards standards;
    private Soldiers soldiers;
    private Accounts accounts;
    private PersonnelScope scope;
    private CallerProvider callers;
    private TrainingLedger ledger;
    private java.time.Clock clock;

    protected CorrectionService() {}

    @Inject
    public CorrectionService(
            TrainingCorrections corrections,
            TrainingResults results,
            TrainingSessions sessions,
            TrainingStandards standards,
            Soldiers soldiers,
            Accounts accounts,
            PersonnelScope scope,
            CallerProvider callers,
            TrainingLedger ledger,
            java.time.Clock clock) {
        this.corrections = corrections;
        this.results = results;
        this.sessions = sessions;
        this.standards = standards;
        this.soldiers = soldiers;
        this.accounts = accounts;
        this.scope = scope;
        this.callers = callers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Proposes new values for a signed result.
     *
     * @return the correction's id; check {@link #history} for whether it counts yet
     */
    public long correct(long resultId, Attendance attendance, Map<String, String> raw, String reason) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        ledger.requireWritable();
        UnitTree tree = scope.tree();
        TrainingResult r = results.findLocked(resultId).orElseThrow(() -> new NotFoundException("result " + resultId));
        TrainingSession s = visibleSession(caller, tree, r);
        scope.requireCanChange(caller, tree, s.getUnitId());
        if (!r.isSigned()) {
            throw new TrainingRuleException("training.correction.notSigned");
        }
        List<TrainingCorrection> before = corrections.ofResults(List.of(r.getId()));
        Map<Long, CorrectionDecision> decisions = corrections.decisionsOf(ids(before));
        if (CorrectionChain.pending(before, decisions)) {
            throw new TrainingRuleException("training.correction.pendingExists");
        }
        if (reason == null || reason.isBlank()) {
            // said here (not only by Correction) so that the form marks the reason field
            throw new InvalidInputException("reason", "training.correction.reasonRequired");
        }
        Standard standard = standardOf(s).standard();
        Attendance att = attendance == null ? Attendance.PRESENT : attendance;
        Map<String, String> typed = new HashMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> typed.put(k, v == null ? "" : v.strip()));
        }
        Grade grade = standard.grade(typed);
        if (att == Attendance.PRESENT && !grade.valid()) {
            throw new InvalidInputException(grade.problems().stream()
                    .map(p -> new InvalidInputException.Problem(p.field(), p.messageKey(), p.argArray()))
                    .toList());
        }
        ResultValues current = CorrectionChain.effective(r.values(), before, decisions);
        ResultValues proposed = ResultValues.graded(att, typed, grade);
        if (proposed.equals(current)) {
            throw new TrainingRuleException("training.correction.unchanged");
        }
        // the domain rule: reason required, second person when the tier (or pass/fail) changes
        Correction rule = new Correction(current.grade(), proposed.grade(), reason, caller.accountId());
        TrainingCorrection c = corrections.store(new TrainingCorrection(
                r.getId(),
                proposed,
                rule.status() == Correction.Status.PENDING_APPROVAL,
                rule.reason(),
                caller.accountId(),
                clock.instant()));
        long seq = ledger.corrected(c);
        if (!c.isNeedsApproval()) {
            // the newest correction, in effect at once: its values count from now on
            ledger.tookEffect(c, r, s, standardOf(s).getCode(), current, proposed, seq);
        }
        return c.getId();
    }

    public void approve(long correctionId) {
        decide(correctionId, true, null);
    }

    /** Rejecting needs a reason, so the author learns why. */
    public void reject(long correctionId, String reason) {
        decide(correctionId, false, reason);
    }

    private void decide(long correctionId, boolean approve, String reason) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        ledger.requireWritable();
        UnitTree tree = scope.tree();
        TrainingCorrection c =
                corrections.find(correctionId).orElseThrow(() -> new NotFoundException("correction " + correctionId));
        TrainingResult r = results.findLocked(c.getResultId()).orElseThrow();
        TrainingSession s = visibleSession(caller, tree, r);
        String why = reason == null ? "" : reason.strip();
        if (!approve && why.isEmpty()) {
            throw new InvalidInputException("reason", "training.correction.rejectReasonRequired");
        }
        if (why.length() > Correction.REASON.maxLength()) {
            throw new InvalidInputException(
                    "reason", "training.correction.reasonTooLong", Correction.REASON.maxLength());
        }
        List<TrainingCorrection> all = corrections.ofResults(List.of(r.getId()));
        Map<Long, CorrectionDecision> decisions = corrections.decisionsOf(ids(all));
        boolean pending = CorrectionChain.status(c, decisions.get(c.getId())) == Correction.Status.PENDING_APPROVAL;
        boolean mayApprove = mayApprove(caller, tree, s);
        if (!pending) {
            throw new TrainingRuleException("training.correction.notPending");
        }
        // the domain object in its stored state decides: not the author, approver in the chain
        Correction rule = Correction.restorePending(c.values().grade(), c.getReason(), c.getAuthorId());
        if (approve) {
            rule.approve(caller.accountId(), mayApprove);
        } else {
            rule.reject(caller.accountId(), mayApprove);
        }
        // what counted before, from the corrections alone (null: the values as signed off)
        ResultValues before = CorrectionChain.effective(null, all, decisions);
        CorrectionDecision d = corrections.store(new CorrectionDecision(
                c.getId(), approve, why.isEmpty() ? null : why, caller.accountId(), clock.instant()));
        long seq = ledger.decided(c, d);
        if (approve) {
            // only one correction is pending at a time and none is made meanwhile: this is the newest
            ledger.tookEffect(c, r, s, standardOf(s).getCode(), before, c.values(), seq);
        }
    }

    private boolean mayApprove(Caller caller, UnitTree tree, TrainingSession s) {
        return caller.has(Role.ADMIN)
                || caller.has(Role.COMMANDER)
                        && tree.subtreeIds(caller.commandedUnitIds()).contains(s.getUnitId());
    }

    /** A result and all its corrections: commanders in scope, administrators, auditors, and the soldier it is about. */
    public ResultHistory history(long resultId) {
        Caller caller = callers.require();
        TrainingResult r = results.find(resultId).orElseThrow(() -> new NotFoundException("result " + resultId));
        boolean own = caller.soldierId() != null && caller.soldierId().equals(r.getSoldierId());
        TrainingSession s;
        if (own) {
            s = sessions.find(r.getSessionId()).orElseThrow();
        } else {
            PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
            s = visibleSession(caller, scope.tree(), r);
        }
        if (!r.isSigned()) {
            throw new NotFoundException("result " + resultId + " is not signed off");
        }
        StoredStandard st = standardOf(s);
        Soldier soldier = soldiers.find(r.getSoldierId()).orElseThrow();
        List<TrainingCorrection> all = corrections.ofResults(List.of(r.getId()));
        Map<Long, CorrectionDecision> decisions = corrections.decisionsOf(ids(all));
        Map<Long, String> names = new HashMap<>();
        List<ResultHistory.Entry> entries = new ArrayList<>();
        for (TrainingCorrection c : all) {
            CorrectionDecision d = decisions.get(c.getId());
            entries.add(new ResultHistory.Entry(
                    c.getId(),
                    c.values(),
                    c.getReason(),
                    name(names, c.getAuthorId()),
                    c.getCreatedAt(),
                    CorrectionChain.status(c, d),
                    d == null ? null : name(names, d.getDecidedBy()),
                    d == null ? null : d.getDecidedAt(),
                    d == null ? null : d.getReason()));
        }
        return new ResultHistory(
                r.getId(),
                s.getId(),
                soldier.getServiceNumber(),
                soldier.getFamilyName() + ", " + soldier.getGivenName(),
                st.getCode(),
                st.getVersion(),
                st.standard(),
                r.values(),
                s.getSignedOffBy() == null ? null : name(names, s.getSignedOffBy()),
                s.getSignedOffAt(),
                entries,
                CorrectionChain.effective(r.values(), all, decisions));
    }

    /** The signed results of a session with the values that count now. */
    public List<ResultLine> lines(long sessionId) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        UnitTree tree = scope.tree();
        TrainingSession s = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        requireVisible(caller, tree, s);
        List<TrainingResult> rows = results.ofSession(s.getId()).stream()
                .filter(TrainingResult::isSigned)
                .toList();
        Map<Long, List<TrainingCorrection>> byResult =
                byResult(rows.stream().map(TrainingResult::getId).toList());
        Map<Long, CorrectionDecision> decisions = corrections.decisionsOf(byResult.values().stream()
                .flatMap(List::stream)
                .map(TrainingCorrection::getId)
                .toList());
        List<ResultLine> out = new ArrayList<>();
        for (TrainingResult r : rows) {
            Soldier soldier = soldiers.find(r.getSoldierId()).orElseThrow();
            List<TrainingCorrection> cs = byResult.getOrDefault(r.getId(), List.of());
            ResultLine.Mark mark = CorrectionChain.pending(cs, decisions)
                    ? ResultLine.Mark.PENDING
                    : CorrectionChain.anyEffective(cs, decisions) ? ResultLine.Mark.CORRECTED : ResultLine.Mark.NONE;
            out.add(new ResultLine(
                    r.getId(),
                    soldier.getId(),
                    soldier.getServiceNumber(),
                    soldier.getFamilyName() + ", " + soldier.getGivenName(),
                    r.values(),
                    CorrectionChain.effective(r.values(), cs, decisions),
                    mark));
        }
        out.sort(java.util.Comparator.comparing(ResultLine::serviceNumber));
        return out;
    }

    /** Corrections waiting for a second person in the caller's units (all for administrators and auditors). */
    public List<PendingCorrection> pending(PageRequest page) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        UnitTree tree = scope.tree();
        Map<Long, String> names = new HashMap<>();
        List<PendingCorrection> out = new ArrayList<>();
        for (TrainingCorrection c : corrections.pending(scope.visibleUnitIds(caller, tree), page)) {
            TrainingResult r = results.find(c.getResultId()).orElseThrow();
            TrainingSession s = sessions.find(r.getSessionId()).orElseThrow();
            StoredStandard st = standardOf(s);
            Soldier soldier = soldiers.find(r.getSoldierId()).orElseThrow();
            List<TrainingCorrection> all = corrections.ofResults(List.of(r.getId()));
            Map<Long, CorrectionDecision> decisions = corrections.decisionsOf(ids(all));
            ResultValues before = CorrectionChain.effective(r.values(), all, decisions);
            boolean mayDecide = caller.hasAny(Role.ADMIN, Role.COMMANDER)
                    && c.getAuthorId() != caller.accountId()
                    && mayApprove(caller, tree, s);
            out.add(new PendingCorrection(
                    c.getId(),
                    r.getId(),
                    s.getId(),
                    soldier.getServiceNumber(),
                    soldier.getFamilyName() + ", " + soldier.getGivenName(),
                    st.getCode(),
                    st.getVersion(),
                    before,
                    c.values(),
                    c.getReason(),
                    name(names, c.getAuthorId()),
                    c.getCreatedAt(),
                    mayDecide));
        }
        return out;
    }

    public long countPending() {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        return corrections.countPending(scope.visibleUnitIds(caller, scope.tree()));
    }

    /**
     * For the soldier's own record (the caller of {@code MyTrainingService#myResults} is already
     * checked): each result's values that count now and what corrected them.
     */
    public Map<Long, MyResultCorrection> effectiveOf(Collection<TrainingResult> rows) {
        Map<Long, List<TrainingCorrection>> byResult =
                byResult(rows.stream().map(TrainingResult::getId).toList());
        Map<Long, CorrectionDecision> decisions = corrections.decisionsOf(byResult.values().stream()
                .flatMap(List::stream)
                .map(TrainingCorrection::getId)
                .toList());
        Map<Long, String> names = new HashMap<>();
        Map<Long, MyResultCorrection> out = new HashMap<>();
        for (TrainingResult r : rows) {
            List<TrainingCorrection> cs = byResult.getOrDefault(r.getId(), List.of());
            if (cs.isEmpty()) {
                continue;
            }
            TrainingCorrection inEffect = null;
            for (TrainingCorrection c : cs) {
                if (CorrectionChain.status(c, decisions.get(c.getId())) == Correction.Status.EFFECTIVE) {
                    inEffect = c;
                }
            }
            CorrectionDecision d = inEffect == null ? null : decisions.get(inEffect.getId());
            CorrectionSummary summary = new CorrectionSummary(
                    r.values(),
                    inEffect == null ? null : name(names, inEffect.getAuthorId()),
                    d == null ? null : name(names, d.getDecidedBy()),
                    inEffect == null ? null : inEffect.getReason(),
                    inEffect == null ? null : inEffect.getCreatedAt(),
                    CorrectionChain.pending(cs, decisions));
            if (inEffect != null || summary.pendingApproval()) {
                out.put(r.getId(), new MyResultCorrection(inEffect == null ? r.values() : inEffect.values(), summary));
            }
        }
        return out;
    }

    /**
     * The correction in effect for a signed result, with the decision that approved it (null when
     * it needed none), or empty: what a receipt of the value that counts now must cover.
     */
    public java.util.Optional<InEffect> inEffect(long resultId) {
        List<TrainingCorrection> cs = corrections.ofResults(List.of(resultId));
        Map<Long, CorrectionDecision> decisions = corrections.decisionsOf(ids(cs));
        InEffect found = null;
        for (TrainingCorrection c : cs) {
            if (CorrectionChain.status(c, decisions.get(c.getId())) == Correction.Status.EFFECTIVE) {
                found = new InEffect(c, decisions.get(c.getId()));
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** A correction in effect and its approving decision, if it needed one. */
    public record InEffect(TrainingCorrection correction, CorrectionDecision decision) {}

    /** What {@link #effectiveOf} says about one result. */
    public record MyResultCorrection(ResultValues effective, CorrectionSummary summary) {}

    private Map<Long, List<TrainingCorrection>> byResult(List<Long> resultIds) {
        if (resultIds.isEmpty()) {
            return Map.of();
        }
        return corrections.ofResults(resultIds).stream()
                .collect(Collectors.groupingBy(TrainingCorrection::getResultId));
    }

    private static List<Long> ids(List<TrainingCorrection> cs) {
        return cs.stream().map(TrainingCorrection::getId).toList();
    }

    private String name(Map<Long, String> cache, long accountId) {
        return cache.computeIfAbsent(
                accountId, id -> accounts.find(id).map(Account::getUsername).orElse("#" + id));
    }

    private TrainingSession visibleSession(Caller caller, UnitTree tree, TrainingResult r) {
        TrainingSession s = sessions.find(r.getSessionId()).orElseThrow();
        requireVisible(caller, tree, s);
        return s;
    }

    /** Outside the caller's units a result does not exist for them (as sessions, see SessionService). */
    private void requireVisible(Caller caller, UnitTree tree, TrainingSession s) {
        Set<Long> visible = scope.visibleUnitIds(caller, tree);
        if (visible != null && !visible.contains(s.getUnitId())) {
            throw new NotFoundException("session " + s.getId());
        }
    }

    private StoredStandard standardOf(TrainingSession s) {
        return standards
                .find(s.getStandardId())
                .orElseThrow(() -> new NotFoundException("standard " + s.getStandardId()));
    }
}
