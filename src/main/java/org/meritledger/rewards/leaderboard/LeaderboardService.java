package org.meritledger.rewards.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * A unit's tokens for commanders: the leaderboard of a period and the figures on the unit
 * dashboard, always for the unit and everything below it. Commanders open units they command
 * (and below), administrators and auditors any unit; soldiers none. Checked here, not only by
 * the views. Read-only.
 */
@ApplicationScoped
@Transactional
public class LeaderboardService {

    /** Places shown per list. */
    public static final int TOP = 10;

    private TokenTallies tallies;
    private Soldiers soldiers;
    private PersonnelScope scope;
    private CallerProvider callers;
    private Clock clock;

    protected LeaderboardService() {}

    @Inject
    public LeaderboardService(
            TokenTallies tallies, Soldiers soldiers, PersonnelScope scope, CallerProvider callers, Clock clock) {
        this.tallies = tallies;
        this.soldiers = soldiers;
        this.scope = scope;
        this.callers = callers;
        this.clock = clock;
    }

    /** The units the caller may open, by path. */
    public List<UnitOption> units() {
        Caller caller = allowed();
        UnitTree tree = scope.tree();
        return scope.choosableUnitIds(caller, tree).stream()
                .map(id -> new UnitOption(id, tree.path(id)))
                .toList();
    }

    /** The periods of this kind to choose from, the current one first. */
    public List<Period> periods(Period.Kind kind) {
        allowed();
        return Period.recent(kind, LocalDate.now(clock), 12);
    }

    public UnitBoard board(long unitId, Period period) {
        UnitTree tree = scope.tree();
        Set<Long> units = units(unitId, tree);
        ZoneId zone = clock.getZone();
        Period before = period.previous();
        Leaderboard b = Leaderboard.of(
                tallies.tallies(units, period.from(zone), period.to(zone)),
                tallies.tallies(units, before.from(zone), before.to(zone)),
                TOP);
        return new UnitBoard(
                new UnitOption(unitId, tree.path(unitId)),
                period,
                lines(b.topEarners(), tree),
                lines(b.mostImproved(), tree),
                lines(b.deductions(), tree));
    }

    /** This month's figures for the dashboard. */
    public UnitTokenFigures figures(long unitId) {
        Set<Long> units = units(unitId, scope.tree());
        ZoneId zone = clock.getZone();
        Period month = Period.containing(Period.Kind.MONTH, LocalDate.now(clock));
        List<Tally> now = tallies.tallies(units, month.from(zone), month.to(zone));
        TokenTallies.UnitBalance held = tallies.balances(units);
        return new UnitTokenFigures(
                unitId,
                month,
                now.stream().mapToLong(Tally::earned).sum(),
                now.stream().mapToLong(Tally::deducted).sum(),
                now.stream().filter(t -> t.earned() > 0).count(),
                held.soldiers(),
                held.total());
    }

    private List<BoardLine> lines(List<Ranked> ranked, UnitTree tree) {
        return ranked.stream()
                .map(r -> {
                    Soldier s = soldiers.find(r.soldierId()).orElse(null);
                    return new BoardLine(
                            r.place(),
                            r.soldierId(),
                            s == null ? "" : s.getServiceNumber(),
                            s == null ? "#" + r.soldierId() : s.getFamilyName() + ", " + s.getGivenName(),
                            s == null || !tree.contains(s.getUnitId()) ? "" : tree.path(s.getUnitId()),
                            r.value(),
                            r.current().earned(),
                            r.current().deducted(),
                            r.current().deductions(),
                            r.previous().net(),
                            r.current().net());
                })
                .toList();
    }

    private Caller allowed() {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
        return caller;
    }

    /** The unit and everything below it, if the caller may open the unit. */
    private Set<Long> units(long unitId, UnitTree tree) {
        return scope.requireSubtree(allowed(), tree, unitId);
    }
}
