package org.meritledger.training.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.base.TextRule;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierFilter;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;
import org.meritledger.training.TrainingLedger;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.events.ResultsSignedOff;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Grade;
import org.meritledger.training.standard.Standard;
import org.meritledger.training.standard.StoredStandard;
import org.meritledger.training.standard.TrainingStandards;

/**
 * Training sessions: commanders open them for a unit they command, fill in the score sheet as a
 * draft and sign it off, which records every result on the ledger in the same transaction.
 * Administrators may do the same anywhere; auditors read; a soldier reads only their own results.
 */
@ApplicationScoped
@Transactional
public class SessionService {

    /** Participants are the unit's active soldiers; a session is a platoon or company, not a battalion. */
    static final int MAX_PARTICIPANTS = 500;

    private TrainingSessions sessions;
    private TrainingResults results;
    private TrainingStandards standards;
    private Soldiers soldiers;
    private PersonnelScope scope;
    private CallerProvider callers;
    private TrainingLedger ledger;
    private Clock clock;
    private Event<ResultsSignedOff> signedOff;

    protected SessionService() {}

    @Inject
    public SessionService(
            TrainingSessions sessions,
            TrainingResults results,
            TrainingStandards standards,
            Soldiers soldiers,
            PersonnelScope scope,
            CallerProvider callers,
            TrainingLedger ledger,
            Clock clock,
            Event<ResultsSignedOff> signedOff) {
        this.signedOff = signedOff;
        this.sessions = sessions;
        this.results = results;
        this.standards = standards;
        this.soldiers = soldiers;
        this.scope = scope;
        this.callers = callers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The current version of each standard, to open a session under. */
    public List<StandardChoice> standards() {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        return standards.current().stream()
                .map(s -> new StandardChoice(s.getId(), s.getCode(), s.getVersion(), s.getKind()))
                .toList();
    }

    public long create(SessionDraft d) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        ledger.requireWritable();
        UnitTree tree = scope.tree();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        StoredStandard standard =
                d.standardId() == null ? null : standards.find(d.standardId()).orElse(null);
        if (standard == null) {
            problems.add(new InvalidInputException.Problem("standardId", "validation.required"));
        }
        if (d.unitId() == null || !tree.contains(d.unitId())) {
            problems.add(new InvalidInputException.Problem("unitId", "validation.required"));
        }
        if (d.startsAt() == null) {
            problems.add(new InvalidInputException.Problem("startsAt", "validation.required"));
        }
        String place = text(d.place(), "place", TrainingSession.PLACE, problems);
        String officer = text(d.conductingOfficer(), "conductingOfficer", TrainingSession.CONDUCTING_OFFICER, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        scope.requireCanChange(caller, tree, d.unitId());
        List<Soldier> roster = activeRoster(tree, d.unitId());
        if (d.participants() == null) {
            roster = withoutSelf(caller, roster);
        } else {
            Set<Long> onRoster = roster.stream().map(Soldier::getId).collect(java.util.stream.Collectors.toSet());
            List<Long> outside = d.participants().stream()
                    .filter(id -> !onRoster.contains(id))
                    .sorted()
                    .toList();
            if (!outside.isEmpty()) {
                // a soldier of another unit (or inactive) never enters a session by a crafted request
                throw new InvalidInputException(
                        "participants", "training.session.participantNotInUnit", outside.size());
            }
            roster = roster.stream()
                    .filter(s -> d.participants().contains(s.getId()))
                    .toList();
        }
        if (roster.isEmpty()) {
            throw new InvalidInputException(
                    d.participants() != null ? "participants" : "unitId", "training.session.noParticipants");
        }
        Instant startsAt = d.startsAt().atZone(clock.getZone()).toInstant().truncatedTo(ChronoUnit.MINUTES);
        TrainingSession s = sessions.store(
                new TrainingSession(standard.getId(), d.unitId(), startsAt, place, officer, caller.accountId()));
        for (Soldier soldier : roster) {
            results.store(new TrainingResult(s.getId(), soldier.getId()));
        }
        return s.getId();
    }

    /**
     * The active soldiers of a unit and its subunits who may take part in a new session there:
     * the default participants, for the commander to narrow down.
     */
    public List<SoldierRow> roster(long unitId) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        UnitTree tree = scope.tree();
        if (!tree.contains(unitId)) {
            throw new NotFoundException("unit " + unitId);
        }
        scope.requireCanChange(caller, tree, unitId);
        return withoutSelf(caller, activeRoster(tree, unitId)).stream()
                .map(s -> SoldierService.row(tree, s))
                .toList();
    }

    /**
     * A commander is never a default participant of his own session: he could not sign off his
     * own result, so another commander of the chain records it in a session of theirs.
     */
    private static List<Soldier> withoutSelf(Caller caller, List<Soldier> roster) {
        return caller.soldierId() == null
                ? roster
                : roster.stream()
                        .filter(s -> !caller.soldierId().equals(s.getId()))
                        .toList();
    }

    private List<Soldier> activeRoster(UnitTree tree, long unitId) {
        return soldiers.page(
                new SoldierFilter(null, null, SoldierStatus.ACTIVE),
                tree.subtreeIds(List.of(unitId)),
                new PageRequest(0, MAX_PARTICIPANTS, "serviceNumber", true));
    }

    private static String text(
            String value, String field, TextRule rule, List<InvalidInputException.Problem> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(new InvalidInputException.Problem(field, "validation.required"));
        } else if (v.length() > rule.maxLength()) {
            problems.add(new InvalidInputException.Problem(field, "validation.tooLong", rule.maxLength()));
        }
        return v;
    }

    public List<SessionSummary> page(PageRequest page) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        UnitTree tree = scope.tree();
        return sessions.page(scope.visibleUnitIds(caller, tree), page).stream()
                .map(s -> summary(tree, s))
                .toList();
    }

    public long count() {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        return sessions.count(scope.visibleUnitIds(caller, scope.tree()));
    }

    /**
     * The sessions of one unit (not its subunits) the caller reaches, newest first; a unit outside
     * the caller's reach is "not found", like a session outside it.
     */
    public List<SessionSummary> pageOfUnit(long unitId, PageRequest page) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        UnitTree tree = scope.tree();
        Set<Long> visible = scope.visibleUnitIds(caller, tree);
        if (!tree.contains(unitId) || (visible != null && !visible.contains(unitId))) {
            throw new NotFoundException("unit " + unitId);
        }
        return sessions.page(List.of(unitId), page).stream()
                .map(s -> summary(tree, s))
                .toList();
    }

    /** How many sessions {@link #pageOfUnit} pages through (0 for a unit out of reach). */
    public long countOfUnit(long unitId) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        Set<Long> visible = scope.visibleUnitIds(caller, scope.tree());
        return visible != null && !visible.contains(unitId) ? 0 : sessions.count(List.of(unitId));
    }

    public SessionDetail detail(long sessionId) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        UnitTree tree = scope.tree();
        TrainingSession s = visible(caller, tree, sessionId);
        Standard standard = standardOf(s).standard();
        List<SheetLine> lines = new ArrayList<>();
        for (TrainingResult r : results.ofSession(s.getId())) {
            Soldier soldier = soldiers.find(r.getSoldierId()).orElseThrow();
            Map<String, String> raw = r.raw();
            Grade grade = r.getAttendance() == Attendance.PRESENT && !raw.isEmpty() ? standard.grade(raw) : null;
            lines.add(new SheetLine(
                    soldier.getId(),
                    soldier.getServiceNumber(),
                    soldier.getFamilyName() + ", " + soldier.getGivenName(),
                    r.getAttendance(),
                    raw,
                    grade,
                    r.getDeviceSubmissionId()));
        }
        return new SessionDetail(summary(tree, s), standard, lines);
    }

    /** One participant's line as typed; saved as a draft, gradable or not yet. */
    public record LineInput(long soldierId, Attendance attendance, Map<String, String> raw) {}

    public void saveDraft(long sessionId, List<LineInput> lines) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        ledger.requireWritable();
        UnitTree tree = scope.tree();
        TrainingSession s = visible(caller, tree, sessionId);
        scope.requireCanChange(caller, tree, s.getUnitId());
        if (s.getState() != SessionState.DRAFT) {
            throw new TrainingRuleException("training.session.signedOff");
        }
        Standard standard = standardOf(s).standard();
        Map<Long, TrainingResult> bySoldier = new HashMap<>();
        results.ofSession(s.getId()).forEach(r -> bySoldier.put(r.getSoldierId(), r));
        for (LineInput in : lines) {
            TrainingResult r = Optional.ofNullable(bySoldier.get(in.soldierId()))
                    .orElseThrow(() -> new TrainingRuleException("training.session.notParticipant", in.soldierId()));
            Map<String, String> raw = new HashMap<>();
            in.raw().forEach((k, v) -> raw.put(k, v == null ? "" : v.strip()));
            for (String v : raw.values()) {
                if (v.length() > Standard.MAX_TYPED) {
                    throw new InvalidInputException("raw", "validation.tooLong", Standard.MAX_TYPED);
                }
            }
            if (r.getDeviceSubmissionId() != null && (in.attendance() != r.getAttendance() || !raw.equals(r.raw()))) {
                r.typedByHand(); // the device's value stays on the ledger; the line is now the commander's
            }
            r.record(in.attendance(), raw, in.attendance() == Attendance.PRESENT ? standard.grade(raw) : null);
            results.store(r);
        }
    }

    /**
     * Signs the session off: every line must be graded or marked absent/excused, and the sheet
     * must not hold the signing commander's own result. Each result is
     * recorded on the ledger in this transaction, so either all are recorded or none.
     */
    public void signOff(long sessionId) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        ledger.requireWritable();
        UnitTree tree = scope.tree();
        TrainingSession s = visible(caller, tree, sessionId);
        scope.requireCanChange(caller, tree, s.getUnitId());
        StoredStandard stored = standardOf(s);
        List<TrainingResult> rows = results.ofSession(s.getId());
        if (caller.soldierId() != null
                && rows.stream().anyMatch(r -> caller.soldierId().equals(r.getSoldierId()))) {
            // nobody signs off their own result; another commander of the unit chain (they pass
            // requireCanChange above) or an administrator does, as with corrections
            throw new TrainingRuleException("training.session.ownResult");
        }
        SessionSheet sheet = new SessionSheet(
                stored.standard(),
                rows.stream().map(TrainingResult::getSoldierId).toList());
        if (s.getState() != SessionState.DRAFT) {
            throw new TrainingRuleException("training.session.signedOff");
        }
        for (TrainingResult r : rows) {
            sheet.enter(r.getSoldierId(), r.getAttendance(), r.raw());
        }
        List<Long> incomplete = sheet.incomplete();
        if (!incomplete.isEmpty()) {
            throw new TrainingRuleException("training.session.incomplete", incomplete.size(), names(incomplete));
        }
        Map<Long, SessionSheet.Row> graded = new HashMap<>();
        sheet.signOff().forEach(row -> graded.put(row.soldierId(), row));
        List<ResultsSignedOff.Line> lines = new ArrayList<>();
        for (TrainingResult r : rows) {
            SessionSheet.Row row = graded.get(r.getSoldierId());
            r.record(row.attendance(), row.raw(), row.grade());
            r.sign();
            results.store(r);
            long seq = ledger.result(r, stored);
            r.recordedAt(seq);
            results.store(r);
            lines.add(new ResultsSignedOff.Line(
                    r.getId(),
                    r.getSoldierId(),
                    seq,
                    r.getAttendance(),
                    r.getPassed(),
                    r.getTier(),
                    r.getTotalPoints()));
        }
        s.signOff(caller.accountId(), clock.instant());
        sessions.store(s);
        ledger.sessionSigned(s);
        // observers (award rules) write in this transaction: a failure there undoes the sign-off too
        signedOff.fire(new ResultsSignedOff(
                s.getId(),
                stored.getId(),
                stored.getCode(),
                stored.getVersion(),
                stored.getKind(),
                s.getUnitId(),
                s.getStartsAt(),
                s.getSignedOffAt(),
                lines));
    }

    /** "Family, Given (service number)" of each soldier, for a refusal that says whom it means. */
    private String names(List<Long> soldierIds) {
        return soldierIds.stream()
                .map(id -> soldiers.find(id)
                        .map(x -> x.getFamilyName() + ", " + x.getGivenName() + " (" + x.getServiceNumber() + ")")
                        .orElse(String.valueOf(id)))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private TrainingSession visible(Caller caller, UnitTree tree, long sessionId) {
        TrainingSession s = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        Set<Long> visible = scope.visibleUnitIds(caller, tree);
        if (visible != null && !visible.contains(s.getUnitId())) {
            throw new NotFoundException("session " + sessionId);
        }
        return s;
    }

    private StoredStandard standardOf(TrainingSession s) {
        return standards
                .find(s.getStandardId())
                .orElseThrow(() -> new NotFoundException("standard " + s.getStandardId()));
    }

    private SessionSummary summary(UnitTree tree, TrainingSession s) {
        StoredStandard st = standardOf(s);
        return new SessionSummary(
                s.getId(),
                st.getCode(),
                st.getVersion(),
                st.getKind(),
                s.getUnitId(),
                tree.path(s.getUnitId()),
                s.getStartsAt(),
                s.getPlace(),
                s.getConductingOfficer(),
                s.getState(),
                (int) results.countOfSession(s.getId()));
    }
}
