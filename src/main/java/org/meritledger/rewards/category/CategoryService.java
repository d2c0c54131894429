package org.meritledger.rewards.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.meritledger.base.Checks;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * The category list. Everyone logged in reads it (commanders pick from it, soldiers see names in
 * their history); only administrators change it, each change a ledger entry in its transaction.
 */
@ApplicationScoped
@Transactional
public class CategoryService {

    /** The shipped categories: code, English, Chinese, purpose. */
    static final List<CategoryDraft> SEEDED = List.of(
            new CategoryDraft("training-excellence", "Training excellence", "训练优异", Purpose.AWARD, true),
            new CategoryDraft("duty-performance", "Duty performance", "勤务表现", Purpose.AWARD, true),
            new CategoryDraft("initiative", "Initiative", "主动精神", Purpose.AWARD, true),
            new CategoryDraft("teamwork", "Teamwork", "团队协作", Purpose.AWARD, true),
            new CategoryDraft("misconduct", "Misconduct", "违纪", Purpose.DEDUCTION, true),
            new CategoryDraft("negligence", "Negligence", "失职", Purpose.DEDUCTION, true));

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Categories categories;
    private CallerProvider callers;
    private LedgerAppend ledger;
    private IntegrityGuard guard;

    protected CategoryService() {}

    @Inject
    public CategoryService(Categories categories, CallerProvider callers, LedgerAppend ledger, IntegrityGuard guard) {
        this.categories = categories;
        this.callers = callers;
        this.ledger = ledger;
        this.guard = guard;
    }

    /** All categories, or only the active ones of a purpose (purpose null: both). */
    public List<CategoryRow> list(Purpose purpose, boolean activeOnly) {
        callers.require();
        return categories.all().stream()
                .filter(c -> purpose == null || c.getPurpose() == purpose)
                .filter(c -> !activeOnly || c.isActive())
                .sorted(Comparator.comparing(Category::getId))
                .map(CategoryRow::of)
                .toList();
    }

    public Optional<CategoryRow> find(long id) {
        callers.require();
        return categories.find(id).map(CategoryRow::of);
    }

    public CategoryRow create(CategoryDraft draft) {
        requireAdmin();
        Checks checks = new Checks();
        String code = checks.text("code", draft.code(), 40);
        checks.pattern("code", code, CODE, "validation.rewards.category.code");
        String en = checks.text("nameEn", draft.nameEn(), 80);
        String zh = checks.text("nameZh", draft.nameZh(), 80);
        checks.required("purpose", draft.purpose());
        if (checks.ok("code") && categories.findByCode(code).isPresent()) {
            checks.fail("code", "validation.rewards.category.codeTaken");
        }
        checks.throwIfAny();
        return store(new Category(code, en, zh, draft.purpose()), "created");
    }

    public CategoryRow update(long id, CategoryDraft draft) {
        requireAdmin();
        Category c = categories.find(id).orElseThrow(() -> new NotFoundException("category " + id));
        Checks checks = new Checks();
        String en = checks.text("nameEn", draft.nameEn(), 80);
        String zh = checks.text("nameZh", draft.nameZh(), 80);
        checks.throwIfAny();
        c.change(en, zh, draft.active());
        ledger.append("rewards.category.updated", "reward-category:" + c.getId(), CategoryStates.of(c));
        return CategoryRow.of(c);
    }

    /** Adds the shipped categories that are missing (start-up; the actor is the system). */
    public void seedMissing() {
        for (CategoryDraft d : SEEDED) {
            if (categories.findByCode(d.code()).isEmpty()) {
                store(new Category(d.code(), d.nameEn(), d.nameZh(), d.purpose()), "created");
            }
        }
    }

    /** An active category of the purpose, or a field problem. */
    public static void requireUsable(Optional<Category> c, Purpose purpose, Checks checks) {
        if (c.isEmpty() || !c.get().isActive() || c.get().getPurpose() != purpose) {
            checks.fail("categoryId", "validation.rewards.category.unusable");
        }
    }

    private CategoryRow store(Category c, String verb) {
        Category saved = categories.add(c);
        ledger.append("rewards.category." + verb, "reward-category:" + saved.getId(), CategoryStates.of(saved));
        return CategoryRow.of(saved);
    }

    private void requireAdmin() {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN);
        guard.requireWritable();
    }
}
