package org.meritledger.rewards.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meritledger.rewards.catalog.CatalogItems;
import org.meritledger.rewards.catalog.CatalogTerms;
import org.meritledger.rewards.redemption.RedemptionStep;
import org.meritledger.rewards.redemption.RequestChanged;
import org.meritledger.rewards.redemption.Requests;

/**
 * Tells a soldier what others decided about their redemption request: approved (ready to hand
 * over), declined (with the reason and the tokens given back) and handed over. A request that
 * needs no approval is ready at once and told about too, since the item then waits for them.
 * What the soldier did themselves (requesting an item that needs approval, cancelling) is not
 * told back to them.
 */
@ApplicationScoped
public class RequestNotices {

    private NotificationService notices;
    private Requests requests;
    private CatalogItems items;

    protected RequestNotices() {}

    @Inject
    public RequestNotices(NotificationService notices, Requests requests, CatalogItems items) {
        this.notices = notices;
        this.requests = requests;
        this.items = items;
    }

    public void changed(@Observes RequestChanged c) {
        if (!c.state().equals("READY")
                && !c.state().equals("DECLINED")
                && !c.state().equals("FULFILLED")) {
            return;
        }
        var steps = requests.steps(c.requestId());
        RedemptionStep latest = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        String name = items.find(c.itemId()).map(i -> name(i.terms())).orElse("#" + c.itemId());
        long cost =
                requests.find(c.requestId()).map(r -> (long) r.getTokenCost()).orElse(0L);
        notices.tell(notice(c, name, cost, latest));
    }

    /** The notice for a request's new state: the detail is the item, and a decline's reason. */
    static NewNotice notice(RequestChanged c, String itemName, long cost, RedemptionStep latest) {
        String reason = latest == null ? null : latest.getReason();
        String detail = c.state().equals("DECLINED") && reason != null ? itemName + " · " + reason : itemName;
        return new NewNotice(
                c.soldierId(),
                "REQUEST_" + c.state(),
                c.state().equals("DECLINED") ? cost : null,
                detail,
                "redemption-request:" + c.requestId(),
                latest == null ? null : latest.getLedgerSeq());
    }

    /** Both names where the item has a Chinese one: a notice is stored once, read in either language. */
    private static String name(CatalogTerms t) {
        return t.nameZh() == null || t.nameZh().isBlank() ? t.nameEn() : t.nameEn() + " / " + t.nameZh();
    }
}
