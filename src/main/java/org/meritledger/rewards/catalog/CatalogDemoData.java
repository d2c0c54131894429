package org.meritledger.rewards.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meritledger.personnel.OrgUnit;
import org.meritledger.personnel.Units;

/**
 * The demo catalog: eight non-financial rewards a battalion can really give, in English and
 * Chinese, stored through {@link CatalogService} (same checks, same ledger entries as an
 * administrator's) in demo mode when the catalog is still empty. Some have stock, some a limit
 * per soldier, one needs approval, one is shown to Alpha Company only.
 */
@Singleton
@Startup
// StartupAccounts depends on the schema and the ledger; naming those here too makes a diamond
// that Payara refuses as a cyclic dependency
@DependsOn("TrainingStartup") // which depends on StartupAccounts: one chain of start-up beans
public class CatalogDemoData {

    private static final Logger LOG = Logger.getLogger(CatalogDemoData.class.getName());

    @Inject
    @ConfigProperty(name = "merit.demo", defaultValue = "false")
    boolean demo;

    @Inject
    CatalogService catalog;

    @Inject
    CatalogItems items;

    @Inject
    Units units;

    @PostConstruct
    void start() {
        if (!demo || items.count(true) > 0) {
            return;
        }
        try {
            Long alpha = units.findByCode("A-COY").map(OrgUnit::getId).orElse(null);
            List<CatalogDraft> drafts = drafts(alpha);
            drafts.forEach(catalog::createAsSystem);
            LOG.info(() -> "Demo mode: stored " + drafts.size() + " reward catalog items");
        } catch (RuntimeException e) {
            // under an integrity hold nothing may be written; the portal still starts, read-only
            LOG.log(Level.WARNING, "Demo reward catalog not stored: " + e.getMessage());
        }
    }

    /** @param alphaCompany the unit whose subtree alone sees the meal with its commander (null: everyone) */
    static List<CatalogDraft> drafts(Long alphaCompany) {
        return List.of(
                new CatalogDraft(
                        "Extra day of leave",
                        "额外一天假期",
                        "One additional day of leave, on a date agreed with your platoon leader.",
                        "增加一天假期，具体日期与排长商定。",
                        60,
                        null,
                        2,
                        LimitPeriod.YEAR,
                        null,
                        true),
                new CatalogDraft(
                        "Weekend pass",
                        "周末外出证",
                        "Leave the barracks from Saturday morning to Sunday evening.",
                        "周六上午至周日晚间可离营外出。",
                        40,
                        null,
                        1,
                        LimitPeriod.MONTH,
                        null,
                        false),
                new CatalogDraft(
                        "First choice of the next course",
                        "下期课程优先选择",
                        "Pick your place on the next course before the list is opened to everyone.",
                        "在名单公开之前优先选定下一期培训课程的名额。",
                        80,
                        5,
                        1,
                        LimitPeriod.YEAR,
                        null,
                        false),
                new CatalogDraft(
                        "Commendation letter on your service record",
                        "记入服役档案的嘉奖信",
                        "A letter of commendation from the battalion commander, filed on your service record.",
                        "营长签发的嘉奖信，存入个人服役档案。",
                        100,
                        null,
                        1,
                        LimitPeriod.QUARTER,
                        null,
                        false),
                new CatalogDraft(
                        "Unit coin",
                        "部队纪念币",
                        "The battalion's challenge coin, presented at the next parade.",
                        "营部纪念币，在下次列队时颁发。",
                        25,
                        30,
                        null,
                        null,
                        null,
                        false),
                new CatalogDraft(
                        "First pick on the duty roster",
                        "值班表优先挑选",
                        "Choose your duty shifts for next month before the roster is drawn up.",
                        "在排定下月值班表之前优先挑选自己的班次。",
                        20,
                        null,
                        1,
                        LimitPeriod.MONTH,
                        null,
                        false),
                new CatalogDraft(
                        "Meal with the commanding officer",
                        "与指挥官共进午餐",
                        "Lunch with the Alpha Company commander in the officers' mess.",
                        "在军官餐厅与阿尔法连连长共进午餐。",
                        50,
                        4,
                        null,
                        null,
                        alphaCompany,
                        false),
                new CatalogDraft(
                        "Signed unit photo",
                        "签名部队合影",
                        "This year's battalion photo, signed by the commanding officer.",
                        "本年度营部合影，由指挥官亲笔签名。",
                        15,
                        12,
                        null,
                        null,
                        null,
                        false));
    }
}
