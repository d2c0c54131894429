package org.meritledger.training.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.SoldierFilter;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * The unit dashboard: a unit's qualification mix against the benchmark, pass rates per training
 * kind and month, soldiers due for requalification, and sessions still in draft; always for the
 * unit and everything below it. Commanders open it for units they command (and below),
 * administrators and auditors for any unit; anyone else, or any other unit, is refused here.
 */
@ApplicationScoped
@Transactional
public class UnitDashboardService {

    /** Months of pass rates shown, the current one included. */
    static final int PASS_RATE_MONTHS = 12;

    private TrainingStatistics stats;
    private Soldiers soldiers;
    private PersonnelScope scope;
    private CallerProvider callers;
    private TrainingSettings settings;
    private Clock clock;

    protected UnitDashboardService() {}

    @Inject
    public UnitDashboardService(
            TrainingStatistics stats,
            Soldiers soldiers,
            PersonnelScope scope,
            CallerProvider callers,
            TrainingSettings settings,
            Clock clock) {
        this.stats = stats;
        this.soldiers = soldiers;
        this.scope = scope;
        this.callers = callers;
        this.settings = settings;
        this.clock = clock;
    }

    /** The units the caller may open, in tree order (commanded units first for commanders). */
    public List<UnitChoice> units() {
        Caller caller = allowed();
        UnitTree tree = scope.tree();
        return scope.choosableUnitIds(caller, tree).stream()
                .map(id -> new UnitChoice(id, tree.path(id)))
                .toList();
    }

    public QualificationMix mix(long unitId) {
        Set<Long> units = units(unitId);
        return QualificationMix.of(
                stats.latestQualificationTiers(units),
                soldiers.count(new SoldierFilter(null, null, SoldierStatus.ACTIVE), units));
    }

    public BenchmarkMix benchmark() {
        allowed();
        return settings.benchmarkMix();
    }

    public int requalifyMonths() {
        allowed();
        return settings.requalifyMonths();
    }

    /** Pass rates of the last {@value #PASS_RATE_MONTHS} calendar months (UTC, like the portal's clock). */
    public PassRates passRates(long unitId) {
        Set<Long> units = units(unitId);
        ZoneId zone = clock.getZone();
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(PASS_RATE_MONTHS - 1L);
        return PassRates.of(
                stats.sessionTallies(units, first.atDay(1).atStartOfDay(zone).toInstant()), first, last, zone);
    }

    public List<DueSoldier> due(long unitId, PageRequest page) {
        Set<Long> units = units(unitId);
        UnitTree tree = scope.tree();
        int months = settings.requalifyMonths();
        ZoneId zone = clock.getZone();
        return stats.dueForRequalification(units, qualifiedBefore(months), page).stream()
                .map(r -> {
                    LocalDate last = r.lastQualified() == null ? null : LocalDate.ofInstant(r.lastQualified(), zone);
                    return new DueSoldier(
                            r.soldierId(),
                            r.serviceNumber(),
                            r.familyName() + ", " + r.givenName(),
                            tree.path(r.unitId()),
                            last,
                            last == null ? null : Requalification.dueOn(last, months));
                })
                .toList();
    }

    public long countDue(long unitId) {
        return stats.countDueForRequalification(units(unitId), qualifiedBefore(settings.requalifyMonths()));
    }

    public List<DraftSession> drafts(long unitId, PageRequest page) {
        Set<Long> units = units(unitId);
        UnitTree tree = scope.tree();
        return stats.drafts(units, page).stream()
                .map(d -> new DraftSession(
                        d.sessionId(),
                        d.standardCode(),
                        tree.path(d.unitId()),
                        d.startsAt(),
                        d.place(),
                        d.participants()))
                .toList();
    }

    public long countDrafts(long unitId) {
        return stats.countDrafts(units(unitId));
    }

    /** Qualifications shot before this instant have run out today. */
    private java.time.Instant qualifiedBefore(int months) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        return Requalification.lastDueQualificationDay(today, months)
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
    }

    private Caller allowed() {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        return caller;
    }

    /** The unit and everything below it, if the caller may see the unit. */
    private Set<Long> units(long unitId) {
        Caller caller = allowed();
        return scope.requireSubtree(caller, scope.tree(), unitId);
    }
}
