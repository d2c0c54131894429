package org.meritledger.rewards.redemption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.Soldiers;
import org.meritledger.rewards.award.AwardService;
import org.meritledger.rewards.award.MovementDraft;
import org.meritledger.rewards.catalog.CatalogItem;
import org.meritledger.rewards.catalog.CatalogItems;
import org.meritledger.rewards.category.Categories;
import org.meritledger.security.AccountCallers;
import org.meritledger.security.Caller;

/**
 * Demo redemptions in both companies, through the real services (so every hold, release, stock
 * change and step is on the ledger and verifies): one request in every state. MR-100003 (login
 * mr-100003) has a pending request for a day of leave, which a.cdr can decide, and a fulfilled
 * one; MR-100004 one cancelled, one declined with a reason and one ready to hand over. Runs once,
 * after the demo tokens and the demo catalog, when there is no request yet.
 */
@ApplicationScoped
@Transactional
public class RedemptionDemo {

    private static final Logger LOG = Logger.getLogger(RedemptionDemo.class.getName());

    @Inject
    AccountCallers callers;

    @Inject
    RedemptionService redemption;

    @Inject
    Requests requests;

    @Inject
    AwardService awards;

    @Inject
    Categories categories;

    @Inject
    CatalogItems items;

    @Inject
    Soldiers soldiers;

    public void seedOnce() {
        if (requests.countQueue(null) > 0
                || items.count(false) == 0
                || callers.activeCaller("mr-100003").isEmpty()
                || soldiers.findByServiceNumber("MR-100038").isEmpty()) {
            return;
        }
        Caller alpha = as("a.cdr");
        Caller bravo = as("b.cdr");
        award(alpha, List.of(100003, 100004), "60", "Planned and ran the company's winter exercise");
        award(bravo, List.of(100034, 100035, 100036, 100037, 100038), "55", "Best company on the march and shoot");

        long leave = item("Extra day of leave");
        long photo = item("Signed unit photo");
        long coin = item("Unit coin");
        long pass = item("Weekend pass");
        long dutyPick = item("First pick on the duty roster");

        // Alpha Company
        Caller s3 = as("mr-100003");
        redemption.request(s3, leave); // pending: for a.cdr to decide
        long photo3 = redemption.request(s3, photo); // needs no approval: ready at once
        redemption.fulfil(as("a1.ldr"), photo3);
        Caller s4 = as("mr-100004");
        long changedMind = redemption.request(s4, leave);
        redemption.cancel(s4, changedMind);
        long declined = redemption.request(s4, leave);
        redemption.decline(alpha, declined, "The leave roster is full until the end of the month; ask again then.");
        redemption.request(s4, coin); // ready to hand over

        // Bravo Company
        long approved = redemption.request(as("mr-100034"), leave);
        redemption.approve(bravo, approved);
        redemption.fulfil(as("b1.ldr"), approved);
        redemption.request(as("mr-100035"), pass);
        redemption.request(as("mr-100036"), leave);
        long bravoDeclined = redemption.request(as("mr-100037"), leave);
        redemption.decline(bravo, bravoDeclined, "Exercise week: no leave can be granted.");
        Caller s38 = as("mr-100038");
        long cancelled = redemption.request(s38, leave);
        redemption.cancel(s38, cancelled);
        redemption.request(s38, dutyPick);
        LOG.info("Demo mode: seeded redemption requests (log in as mr-100003, and as a.cdr to decide)");
    }

    private void award(Caller by, List<Integer> serviceNumbers, String amount, String reason) {
        List<Long> ids = serviceNumbers.stream()
                .map(n -> soldiers.findByServiceNumber("MR-" + n).orElseThrow().getId())
                .toList();
        awards.award(
                by,
                new MovementDraft(
                        ids,
                        amount,
                        categories.findByCode("initiative").orElseThrow().getId(),
                        reason));
    }

    private long item(String nameEn) {
        return items.page(false, PageRequest.of(0, 500)).stream()
                .filter(i -> i.terms().nameEn().equals(nameEn))
                .map(CatalogItem::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo catalog item " + nameEn));
    }

    private Caller as(String username) {
        return callers.activeCaller(username)
                .orElseThrow(() -> new IllegalStateException("no demo account " + username));
    }
}
