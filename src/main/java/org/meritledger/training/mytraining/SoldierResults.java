package org.meritledger.training.mytraining;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.meritledger.base.NotFoundException;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.Soldiers;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.training.session.TrainingResults;

/**
 * One soldier's signed training results, for the service record: the soldier themself, auditors,
 * administrators and commanders over the soldier's unit read them; anyone else is told the
 * soldier does not exist. Each result names the standard version that graded it.
 */
@ApplicationScoped
@Transactional
public class SoldierResults {

    private TrainingResults results;
    private MyTrainingService described;
    private Soldiers soldiers;
    private PersonnelScope scope;
    private CallerProvider callers;

    protected SoldierResults() {}

    @Inject
    public SoldierResults(
            TrainingResults results,
            MyTrainingService described,
            Soldiers soldiers,
            PersonnelScope scope,
            CallerProvider callers) {
        this.results = results;
        this.described = described;
        this.soldiers = soldiers;
        this.scope = scope;
        this.callers = callers;
    }

    /** Newest session first. A soldier has a few results a month, so the whole list is small. */
    public List<MyResult> of(long soldierId) {
        Caller caller = callers.require();
        Soldier s = soldiers.find(soldierId).orElseThrow(() -> new NotFoundException("soldier " + soldierId));
        if (!scope.canSee(caller, scope.tree(), s)) {
            throw new NotFoundException("soldier " + soldierId);
        }
        // The values that count now, as the soldier sees them in My training (corrections applied).
        return described.describe(results.signedOf(soldierId));
    }
}
