package org.meritledger.training.standard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;
import org.meritledger.training.TrainingLedger;

/**
 * Administrators revise training standards. A revision never edits a version: it stores the next
 * one and records it on the ledger ({@code training.standard.version}) in the same transaction.
 * Sessions keep the version they were opened with, so results already graded keep their grade
 * and name the version that gave it. Auditors may read the history.
 */
@ApplicationScoped
@Transactional
public class StandardAdminService {

    private TrainingStandards standards;
    private StandardVersions versions;
    private Accounts accounts;
    private CallerProvider callers;
    private TrainingLedger ledger;
    private Clock clock;

    protected StandardAdminService() {}

    @Inject
    public StandardAdminService(
            TrainingStandards standards,
            StandardVersions versions,
            Accounts accounts,
            CallerProvider callers,
            TrainingLedger ledger,
            Clock clock) {
        this.standards = standards;
        this.versions = versions;
        this.accounts = accounts;
        this.callers = callers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The current version of every standard. */
    public List<StandardVersionRow> current() {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.AUDITOR);
        List<StandardVersionRow> out = new ArrayList<>();
        for (StoredStandard s : standards.current()) {
            out.add(row(s, null));
        }
        return out;
    }

    /** Every version of one standard, newest first, each with what changed from the one before. */
    public List<StandardVersionRow> history(String code) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.AUDITOR);
        List<StoredStandard> all = versions.versions(code);
        if (all.isEmpty()) {
            throw new NotFoundException("standard " + code);
        }
        List<StandardVersionRow> out = new ArrayList<>();
        StoredStandard previous = null;
        for (StoredStandard s : all) {
            out.add(0, row(s, previous));
            previous = s;
        }
        return out;
    }

    /** The current rules of a standard, as the editor starts from. */
    public Standard currentRules(String code) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.AUDITOR);
        return find(code).standard();
    }

    /**
     * Stores the next version with the reason for it; refuses a draft that is invalid or changes
     * nothing, and a missing or overlong reason (the version is a ledger entry that says why).
     */
    public StandardVersionRow revise(String code, StandardDraft draft, String reason) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN);
        ledger.requireWritable();
        StoredStandard current = find(code);
        Standard next = StandardDrafts.build(current.standard(), draft);
        if (StandardCodec.toJson(next).equals(current.getDefinition())) {
            throw new InvalidInputException(null, "validation.standard.unchanged");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "validation.standard.reasonRequired");
        }
        if (why.length() > StoredStandard.REASON.maxLength()) {
            throw new InvalidInputException(
                    "reason", "validation.standard.reasonTooLong", StoredStandard.REASON.maxLength());
        }
        StoredStandard saved =
                standards.store(new StoredStandard(code, current.getVersion() + 1, next, clock.instant(), why));
        ledger.standard(saved);
        return row(saved, current);
    }

    private StoredStandard find(String code) {
        return standards.current(code).orElseThrow(() -> new NotFoundException("standard " + code));
    }

    private StandardVersionRow row(StoredStandard s, StoredStandard previous) {
        String by = versions.recordedBy(s.getId())
                .flatMap(accounts::find)
                .map(Account::getDisplayName)
                .orElse(null);
        List<StandardDrafts.Change> changes =
                previous == null ? List.of() : StandardDrafts.changes(previous.standard(), s.standard());
        return new StandardVersionRow(
                s.getId(), s.getCode(), s.getVersion(), s.getKind(), s.getCreatedAt(), by, changes, s.getReason());
    }
}
