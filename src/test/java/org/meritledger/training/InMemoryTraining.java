package org.meritledger.training;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.training.correction.CorrectionService;
import org.meritledger.training.correction.MemCorrections;
import org.meritledger.training.mytraining.InMemoryReceipts;
import org.meritledger.training.mytraining.MyTrainingService;
import org.meritledger.training.session.MemResults;
import org.meritledger.training.session.MemSessions;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.csv.ScoreFileService;
import org.meritledger.training.standard.MemStandards;
import org.meritledger.training.standard.StandardCatalog;

/** The training services over in-memory repositories, on top of {@link InMemoryPersonnel}. */
public final class InMemoryTraining {

    public final InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();
    public final MemStandards standards = new MemStandards();
    public final MemSessions sessions = new MemSessions();
    public final MemResults results = new MemResults(sessions);
    public final List<InMemoryPersonnel.Recorded> recorded = p.recorded;
    public final org.meritledger.base.RecordingEvents<org.meritledger.training.events.CorrectionTookEffect>
            correctionEvents = new org.meritledger.base.RecordingEvents<>();
    public final TrainingLedger ledger = new TrainingLedger(
            new IntegrityGuard(),
            (type, subject, payload) -> {
                recorded.add(new InMemoryPersonnel.Recorded(type, subject, payload.toString()));
                return recorded.size();
            },
            correctionEvents);
    public final StandardCatalog catalog = new StandardCatalog(standards, ledger, p.clock);
    public final org.meritledger.base.RecordingEvents<org.meritledger.training.events.ResultsSignedOff>
            signedOffEvents = new org.meritledger.base.RecordingEvents<>();
    public final MemCorrections corrections = new MemCorrections(sessions, results);
    public final CorrectionService correctionService = new CorrectionService(
            corrections, results, sessions, standards, p.soldiers, p.accounts, p.scope, p.callers, ledger, p.clock);
    public final SessionService service = new SessionService(
            sessions, results, standards, p.soldiers, p.scope, p.callers, ledger, p.clock, signedOffEvents);
    public final InMemoryReceipts receipts = new InMemoryReceipts(recorded);
    public final MyTrainingService mine = new MyTrainingService(
            results, sessions, standards, p.callers, receipts, correctionService, p.accounts, receipts);
    public final ScoreFileService files = new ScoreFileService(
            sessions, results, standards, p.soldiers, p.scope, p.callers, service, correctionService);

    private static final AtomicLong IDS = new AtomicLong(1000);

    /** Ids for every in-memory repository, unique across them as the database sequences are not required to be. */
    public static long nextId() {
        return IDS.incrementAndGet();
    }
}
