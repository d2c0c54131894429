package org.meritledger.rewards.redemption.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.catalog.CatalogCard;
import org.meritledger.rewards.catalog.ui.CatalogCardExtension;
import org.meritledger.rewards.redemption.Offer;
import org.meritledger.rewards.redemption.RedemptionRules;
import org.meritledger.rewards.redemption.RedemptionService;

/**
 * The Request button at the foot of each catalog card: enabled where the soldier can request the
 * item now, otherwise disabled with the reason beside it (too few available tokens, none left,
 * the limit reached); with how often the soldier already had a limited item this period. The
 * service checks everything again when the button is pressed.
 */
@Dependent
public class RequestButtons implements CatalogCardExtension {

    private final RedemptionService redemption;

    @Inject
    public RequestButtons(RedemptionService redemption) {
        this.redemption = redemption;
    }

    @Override
    public Function<CatalogCard, Component> prepare(List<CatalogCard> cards) {
        Offer offer = redemption.offer(cards);
        return card -> foot(card, offer);
    }

    private Component foot(CatalogCard card, Offer offer) {
        Div foot = new Div();
        foot.addClassName("catalog-request");
        foot.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)")
                .set("margin-top", "auto");
        Button request = new Button();
        request.setId("request-" + card.id());
        request.setText(request.getTranslation("redemption.request"));
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        request.getStyle().set("align-self", "flex-start");
        if (card.limitCount() != null) {
            Span used = new Span(request.getTranslation(
                    "redemption.used", offer.used().getOrDefault(card.id(), 0L), card.limitCount()));
            used.addClassName("catalog-used");
            used.getStyle().set("font-size", "var(--lumo-font-size-s)");
            foot.add(used);
        }
        foot.add(request);
        RedemptionRules.Refusal no = offer.refusals().get(card.id());
        if (no != null) {
            request.setEnabled(false);
            Span why = new Span(request.getTranslation(no.key(), no.args()));
            why.addClassName("catalog-why-not");
            why.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            request.setTooltipText(why.getText());
            foot.add(why);
        } else {
            request.addClickListener(e -> {
                if (Problems.attempt(request, Map.of(), () -> redemption.request(card.id()))) {
                    Problems.success(request.getTranslation("redemption.requested"));
                    // one request per press; the other cards' figures are checked again by the service
                    request.setEnabled(false);
                    Anchor mine = new Anchor("my-requests", request.getTranslation("redemption.seeMine"));
                    mine.addClassName("catalog-see-mine");
                    foot.add(mine);
                }
            });
        }
        return foot;
    }
}
