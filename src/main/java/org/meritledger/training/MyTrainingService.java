package org.meritledger.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.LedgerReceipts;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.training.standard.StoredStandard;
import org.meritledger.training.standard.TrainingStandards;

/**
 * "My training" beyond the list of results: the trend per training type and each result's
 * ledger receipt. A soldier reaches only their own results; anyone else's is "not found", so
 * the answer does not even say whether it exists.
 */
@ApplicationScoped
@Transactional
public class MyTrainingService {

    private SessionService sessions;
    private TrainingResults results;
    private TrainingSessions sessionRows;
    private TrainingStandards standards;
    private CallerProvider callers;
    private LedgerReceipts receipts;

    protected MyTrainingService() {}

    @Inject
    public MyTrainingService(
            SessionService sessions,
            TrainingResults results,
            TrainingSessions sessionRows,
            TrainingStandards standards,
            CallerProvider callers,
            LedgerReceipts receipts) {
        this.sessions = sessions;
        this.results = results;
        this.sessionRows = sessionRows;
        this.standards = standards;
        this.callers = callers;
        this.receipts = receipts;
    }

    /** The caller's trends, one per training type they have graded results in. */
    public List<Trend> trends(List<MyResult> mine) {
        callers.require();
        return Trends.of(mine, code -> standards.current(code).map(StoredStandard::standard));
    }

    /** Trends of the caller's own results (reads them). */
    public List<Trend> trends() {
        return trends(sessions.myResults());
    }

    /** The receipt of one of the caller's own signed results. */
    public ResultReceipt receipt(long resultId) {
        Caller caller = callers.require();
        TrainingResult r = results.find(resultId).orElseThrow(() -> new NotFoundException("result " + resultId));
        if (caller.soldierId() == null
                || !caller.soldierId().equals(r.getSoldierId())
                || !r.isSigned()
                || r.getLedgerSeq() == null) {
            throw new NotFoundException("result " + resultId);
        }
        TrainingSession s = sessionRows.find(r.getSessionId()).orElseThrow();
        StoredStandard st = standards.find(s.getStandardId()).orElseThrow();
        EntryReceipt entry = receipts.receipt(r.getLedgerSeq());
        boolean same = ("result:" + r.getId()).equals(entry.entry().subject())
                && TrainingStates.of(r, st).equals(entry.entry().payload());
        return new ResultReceipt(resultId, entry, same);
    }
}
