package org.meritledger.training.mytraining;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.LedgerReceipts;
import org.meritledger.ledger.LedgerSubjects;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.training.TrainingStates;
import org.meritledger.training.correction.CorrectionService;
import org.meritledger.training.session.TrainingResult;
import org.meritledger.training.session.TrainingResults;
import org.meritledger.training.session.TrainingSession;
import org.meritledger.training.session.TrainingSessions;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.StoredStandard;
import org.meritledger.training.standard.TrainingStandards;

/**
 * "My training": the caller's signed results with the values that count now, the trend per
 * training type and each result's ledger receipt. A soldier reaches only their own results; anyone else's is "not found", so
 * the answer does not even say whether it exists.
 */
@ApplicationScoped
@Transactional
public class MyTrainingService {

    private TrainingResults results;
    private TrainingSessions sessionRows;
    private TrainingStandards standards;
    private CallerProvider callers;
    private LedgerReceipts receipts;
    private CorrectionService corrections;
    private Accounts accounts;
    private LedgerSubjects subjects;

    protected MyTrainingService() {}

    @Inject
    public MyTrainingService(
            TrainingResults results,
            TrainingSessions sessionRows,
            TrainingStandards standards,
            CallerProvider callers,
            LedgerReceipts receipts,
            CorrectionService corrections,
            Accounts accounts,
            LedgerSubjects subjects) {
        this.results = results;
        this.sessionRows = sessionRows;
        this.standards = standards;
        this.callers = callers;
        this.receipts = receipts;
        this.corrections = corrections;
        this.accounts = accounts;
        this.subjects = subjects;
    }

    /**
     * The caller's own signed results, newest first, with the values that count now: where a
     * correction is in effect its values, and {@link MyResult#correction()} says what was signed.
     */
    /** Whether the caller has own results at all: staff accounts are linked to no soldier. */
    public boolean linkedToSoldier() {
        return callers.require().soldierId() != null;
    }

    public List<MyResult> myResults() {
        Caller caller = callers.require();
        if (caller.soldierId() == null) {
            return List.of();
        }
        return describe(results.signedOf(caller.soldierId()));
    }

    /**
     * Signed result rows as their reader sees them: the values that count now (a correction in
     * effect replaces the signed ones), the standard version that graded them and their ledger entry.
     * Access is the caller's business (My training, service record).
     */
    List<MyResult> describe(List<TrainingResult> signed) {
        Map<Long, CorrectionService.MyResultCorrection> corrected = corrections.effectiveOf(signed);
        List<MyResult> out = new ArrayList<>();
        for (TrainingResult r : signed) {
            TrainingSession s = sessionRows.find(r.getSessionId()).orElseThrow();
            StoredStandard st = standards.find(s.getStandardId()).orElseThrow();
            CorrectionService.MyResultCorrection c = corrected.get(r.getId());
            ResultValues v = c == null ? r.values() : c.effective();
            out.add(new MyResult(
                    r.getId(),
                    s.getStartsAt(),
                    st.getCode(),
                    st.getVersion(),
                    st.getKind(),
                    s.getPlace(),
                    v.attendance(),
                    v.raw(),
                    v.passed(),
                    v.tier(),
                    v.totalPoints(),
                    r.getLedgerSeq(),
                    c == null ? null : c.summary(),
                    signer(s.getSignedOffBy())));
        }
        return out;
    }

    /** The signing commander's account name, as the service record shows who recorded a line. */
    private String signer(Long accountId) {
        return accountId == null
                ? null
                : accounts.find(accountId).map(Account::getUsername).orElse("#" + accountId);
    }

    /** The caller's trends, one per training type they have graded results in. */
    public List<Trend> trends(List<MyResult> mine) {
        callers.require();
        return Trends.of(mine, code -> standards.current(code).map(StoredStandard::standard));
    }

    /** Trends of the caller's own results (reads them). */
    public List<Trend> trends() {
        return trends(myResults());
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
        var inEffect = corrections.inEffect(r.getId());
        if (inEffect.isEmpty()) {
            return new ResultReceipt(resultId, entry, same, List.of(), r.values());
        }
        return new ResultReceipt(
                resultId,
                entry,
                same,
                chain(inEffect.get()),
                inEffect.get().correction().values());
    }

    /**
     * The entries that make a correction count: the one that recorded it and, if it needed a
     * second person, the approval. Each must hold exactly the correction as stored; an entry
     * that should exist and does not is a link without a receipt.
     */
    private List<ResultReceipt.Link> chain(CorrectionService.InEffect c) {
        String subject = "correction:" + c.correction().getId();
        EntryReceipt proposed = null;
        EntryReceipt approved = null;
        for (long seq : subjects.sequencesAbout(subject)) {
            EntryReceipt e = receipts.receipt(seq);
            switch (e.entry().type()) {
                case "training.result.corrected" -> proposed = proposed == null ? e : proposed;
                case "training.correction.approved" -> approved = e;
                default -> {
                    // a rejection cannot precede the approval of a correction in effect; ignored here,
                    // full verification compares the correction's rows with its newest entry
                }
            }
        }
        List<ResultReceipt.Link> links = new ArrayList<>();
        links.add(new ResultReceipt.Link(
                ResultReceipt.Role.CORRECTED,
                proposed,
                proposed != null && proposed.entry().payload().equals(TrainingStates.of(c.correction(), null))));
        if (c.decision() != null) {
            EntryReceipt a = approved;
            links.add(new ResultReceipt.Link(
                    ResultReceipt.Role.APPROVED,
                    a,
                    a != null && a.entry().payload().equals(TrainingStates.of(c.correction(), c.decision()))));
        }
        return links;
    }
}
