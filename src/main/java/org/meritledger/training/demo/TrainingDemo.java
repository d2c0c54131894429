package org.meritledger.training.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.Units;
import org.meritledger.security.AccountCallers;
import org.meritledger.security.ActingAs;
import org.meritledger.security.Caller;
import org.meritledger.training.correction.CorrectionService;
import org.meritledger.training.correction.ResultLine;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.TrainingResults;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.TrainingStandards;

/**
 * A few months of training history for the demo battalion, entered through the real services as
 * the platoon leaders would have entered it (so every result is on the ledger, verifies, and
 * fires whatever reacts to a sign-off): three rifle qualifications and three fitness tests per
 * platoon over the last five months, scores that mostly improve, an absence, one correction
 * approved by the company commander and one waiting for approval. Runs once, in demo mode, when
 * the demo soldier MR-100003 has no signed result yet.
 */
@ApplicationScoped
public class TrainingDemo {

    private static final Logger LOG = Logger.getLogger(TrainingDemo.class.getName());

    /** Days before today of each rifle and each fitness session, oldest first. */
    static final int[] RIFLE_DAYS_AGO = {150, 90, 20};

    static final int[] FITNESS_DAYS_AGO = {120, 60, 10};

    /** Platoon, its leader's login, and the service number of its first soldier (14 each). */
    private record Platoon(String code, String leader, String company, int firstSoldier) {}

    private static final List<Platoon> PLATOONS = List.of(
            new Platoon("A-1PL", "a1.ldr", "a.cdr", 100003),
            new Platoon("A-2PL", "a2.ldr", "a.cdr", 100018),
            new Platoon("B-1PL", "b1.ldr", "b.cdr", 100034),
            new Platoon("B-2PL", "b2.ldr", "b.cdr", 100049));

    @Inject
    AccountCallers callers;

    @Inject
    SessionService sessions;

    @Inject
    CorrectionService corrections;

    @Inject
    TrainingStandards standards;

    @Inject
    TrainingResults results;

    @Inject
    Soldiers soldiers;

    @Inject
    Units units;

    @Inject
    Clock clock;

    public void seedOnce() {
        Optional<Soldier> first = soldiers.findByServiceNumber("MR-100003");
        if (first.isEmpty()
                || callers.activeCaller("a1.ldr").isEmpty()
                || !results.signedOf(first.get().getId()).isEmpty()) {
            return;
        }
        long rifle = standards.current("rifle-qualification").orElseThrow().getId();
        long fitness = standards.current("physical-fitness").orElseThrow().getId();
        LocalDate today = LocalDate.now(clock);
        long latestAlphaRange = 0;
        for (Platoon p : PLATOONS) {
            Caller leader = as(p.leader());
            long unitId = units.findByCode(p.code()).orElseThrow().getId();
            List<Long> squad = squad(p.firstSoldier());
            for (int k = 0; k < RIFLE_DAYS_AGO.length; k++) {
                int session = k;
                long id = ActingAs.call(
                        leader,
                        () -> sessions.create(new SessionDraft(
                                rifle,
                                unitId,
                                LocalDateTime.of(today.minusDays(RIFLE_DAYS_AGO[session]), LocalTime.of(9, 0)),
                                "Range 3",
                                "SSG Novak (range officer)")));
                List<SessionService.LineInput> lines = new ArrayList<>();
                for (int i = 0; i < squad.size(); i++) {
                    lines.add(rifleLine(squad.get(i), i, session));
                }
                sign(leader, id, lines);
                if (p.code().equals("A-1PL") && k == RIFLE_DAYS_AGO.length - 1) {
                    latestAlphaRange = id;
                }
            }
            for (int k = 0; k < FITNESS_DAYS_AGO.length; k++) {
                int session = k;
                long id = ActingAs.call(
                        leader,
                        () -> sessions.create(new SessionDraft(
                                fitness,
                                unitId,
                                LocalDateTime.of(today.minusDays(FITNESS_DAYS_AGO[session]), LocalTime.of(7, 0)),
                                "Sports ground",
                                "SFC Okafor")));
                List<SessionService.LineInput> lines = new ArrayList<>();
                for (int i = 0; i < squad.size(); i++) {
                    lines.add(fitnessLine(squad.get(i), i, session));
                }
                sign(leader, id, lines);
            }
        }
        correct(latestAlphaRange);
        LOG.info("Demo mode: seeded five months of signed training sessions (log in as mr-100003)");
    }

    private void sign(Caller leader, long sessionId, List<SessionService.LineInput> lines) {
        ActingAs.run(leader, () -> {
            sessions.saveDraft(sessionId, lines);
            sessions.signOff(sessionId);
        });
    }

    /**
     * On Alpha 1st platoon's latest range day: MR-100005's target re-scored (six more hits, a
     * better tier, so the company commander approves it) and MR-100006's recount waiting.
     */
    private void correct(long sessionId) {
        Caller leader = as("a1.ldr");
        List<ResultLine> lines = ActingAs.call(leader, () -> corrections.lines(sessionId));
        ResultLine fifth = line(lines, "MR-100005");
        int hits = Integer.parseInt(fifth.original().raw().get("hits"));
        long approved = ActingAs.call(
                leader,
                () -> corrections.correct(
                        fifth.resultId(),
                        Attendance.PRESENT,
                        Map.of("hits", String.valueOf(Math.min(40, hits + 6))),
                        "Target 7 re-scored after the shoot: six hits were missed at the line."));
        ActingAs.run(as("a.cdr"), () -> corrections.approve(approved));
        ResultLine sixth = line(lines, "MR-100006");
        int sixthHits = Integer.parseInt(sixth.original().raw().get("hits"));
        ActingAs.call(
                leader,
                () -> corrections.correct(
                        sixth.resultId(),
                        Attendance.PRESENT,
                        Map.of("hits", String.valueOf(Math.min(40, sixthHits + 6))),
                        "Lane 4 scoring sheet found after sign-off; recount requested."));
    }

    private static ResultLine line(List<ResultLine> lines, String serviceNumber) {
        return lines.stream()
                .filter(l -> l.serviceNumber().equals(serviceNumber))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Hits out of 40: each soldier has a level of their own and most improve from one range
     * day to the next; the platoon's first soldier is the marksman of the demo (Expert at the end).
     */
    static SessionService.LineInput rifleLine(long soldierId, int index, int session) {
        if (index == 13 && session == 1) {
            return new SessionService.LineInput(soldierId, Attendance.ABSENT, Map.of());
        }
        int base = index == 0 ? 32 : 20 + (index * 5) % 14;
        int hits = Math.min(40, base + session * (index % 3 == 2 ? 0 : 2));
        return new SessionService.LineInput(soldierId, Attendance.PRESENT, Map.of("hits", String.valueOf(hits)));
    }

    /** Push-ups, sit-ups and the 3 km run (m:ss), improving a little each test. */
    static SessionService.LineInput fitnessLine(long soldierId, int index, int session) {
        int pushUps = (index == 0 ? 58 : 36 + (index * 3) % 24) + 2 * session;
        int sitUps = (index == 0 ? 72 : 50 + (index * 4) % 26) + 2 * session;
        int run = (index == 0 ? 12 * 60 + 40 : 15 * 60 + 30 - (index * 17) % 200) - 15 * session;
        return new SessionService.LineInput(
                soldierId,
                Attendance.PRESENT,
                Map.of(
                        "pushUps", String.valueOf(pushUps),
                        "sitUps", String.valueOf(sitUps),
                        "run3km", (run / 60) + ":" + String.format("%02d", run % 60)));
    }

    /** The 14 soldiers of a platoon, by service number from the first. */
    private List<Long> squad(int firstServiceNumber) {
        List<Long> out = new ArrayList<>();
        for (int n = firstServiceNumber; n < firstServiceNumber + 14; n++) {
            out.add(soldiers.findByServiceNumber("MR-" + n).orElseThrow().getId());
        }
        return out;
    }

    private Caller as(String username) {
        return callers.activeCaller(username)
                .orElseThrow(() -> new IllegalStateException("no demo account " + username));
    }
}
