package org.meritledger.rewards.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.meritledger.base.ui.ForLinkedSoldier;
import org.meritledger.rewards.catalog.CatalogCard;
import org.meritledger.rewards.catalog.CatalogService;

/**
 * The rewards a soldier can exchange tokens for: one card per active item shown to their unit,
 * with its cost, how many are left and how often one soldier may have it. The cards flow into as
 * many columns as fit and stack into one on a phone. The catalog is a short list (tens), so it is
 * loaded whole.
 */
@Route("catalog")
@Menu(title = "nav.catalog", order = 25, icon = "vaadin:gift")
@ForLinkedSoldier
@PermitAll
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    final Div cards = new Div();

    @Inject
    public CatalogView(CatalogService catalog, Instance<CatalogCardExtension> extensions) {
        this(catalog, extensions.stream().toList());
    }

    /** With the features that add to each card (redemption's Request button), or none. */
    public CatalogView(CatalogService catalog, List<CatalogCardExtension> extensions) {
        setId("catalog-view");
        add(new H2(getTranslation("catalog.title")));
        List<CatalogCard> offered = catalog.offeredToMe();
        if (offered.isEmpty()) {
            add(new Paragraph(getTranslation("catalog.empty")));
            return;
        }
        add(new Paragraph(getTranslation("catalog.intro")));
        cards.setId("catalog-cards");
        cards.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 17rem), 1fr))")
                .set("gap", "var(--lumo-space-m)")
                .set("width", "100%");
        List<Function<CatalogCard, Component>> feet = new ArrayList<>();
        extensions.forEach(x -> feet.add(x.prepare(offered)));
        offered.forEach(c -> {
            Div card = card(c);
            for (Function<CatalogCard, Component> foot : feet) {
                Component extra = foot.apply(c);
                if (extra != null) {
                    card.add(extra);
                }
            }
            cards.add(card);
        });
        add(cards);
    }

    private Div card(CatalogCard c) {
        Div card = new Div();
        card.setId("catalog-card-" + c.id());
        card.addClassName("catalog-card");
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)")
                .set("min-width", "0");
        H3 name = new H3(CatalogLabels.pick(this, c.nameEn(), c.nameZh()));
        name.getStyle().set("margin", "0").set("overflow-wrap", "anywhere");
        Span cost = new Span(CatalogLabels.cost(this, c.tokenCost()));
        cost.addClassName("catalog-cost");
        cost.getElement().getThemeList().add("badge primary");
        cost.getStyle().set("align-self", "flex-start");
        card.add(name, cost);
        String description = CatalogLabels.pick(this, c.descriptionEn(), c.descriptionZh());
        if (!description.isEmpty()) {
            Paragraph p = new Paragraph(description);
            p.getStyle().set("margin", "0").set("overflow-wrap", "anywhere");
            card.add(p);
        }
        Span stock = new Span(CatalogLabels.stock(this, c.stock()));
        stock.addClassName("catalog-stock");
        Span limit = new Span(CatalogLabels.limit(this, c.limitCount(), c.limitPeriod()));
        limit.addClassName("catalog-limit");
        card.add(small(stock), small(limit));
        if (c.needsApproval()) {
            Span approval = new Span(getTranslation("catalog.needsApproval"));
            approval.addClassName("catalog-approval");
            approval.getElement().getThemeList().add("badge contrast");
            approval.getStyle().set("align-self", "flex-start");
            card.add(approval);
        }
        return card;
    }

    private static Span small(Span s) {
        s.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
