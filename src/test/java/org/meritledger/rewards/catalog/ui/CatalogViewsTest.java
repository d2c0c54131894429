package org.meritledger.rewards.catalog.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.personnel.Soldier;
import org.meritledger.rewards.catalog.CatalogDraft;
import org.meritledger.rewards.catalog.CatalogItemRow;
import org.meritledger.rewards.catalog.CatalogUnit;
import org.meritledger.rewards.catalog.ChangeKind;
import org.meritledger.rewards.catalog.InMemoryCatalog;
import org.meritledger.rewards.catalog.LimitPeriod;

/** Both catalog pages, with the real service over in-memory repositories. */
class CatalogViewsTest {

    InMemoryPersonnel p;
    InMemoryCatalog c;

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        p = new InMemoryPersonnel().withBattalion();
        c = new InMemoryCatalog(p);
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    private CatalogItemRow seed(String name, int cost, Integer stock, Integer limit, LimitPeriod period, Long unit) {
        p.admin();
        return c.service.create(new CatalogDraft(
                name, name + "（中文）", name + " description", name + " 说明", cost, stock, limit, period, unit, false));
    }

    private CatalogAdminView adminView() {
        CatalogAdminView view = new CatalogAdminView(c.service, p.callers);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void anAdministratorCreatesAnItemAndAFractionOrTextIsRefusedOnItsField() {
        p.admin();
        CatalogAdminView view = adminView();
        assertEquals(0, _size(view.grid));
        _click(view.add);
        CatalogItemEditor ed = _get(CatalogItemEditor.class);
        _setValue(ed.nameEn, "Weekend pass");
        _setValue(ed.nameZh, "周末外出证");
        _setValue(ed.tokenCost, "2.5");
        _setValue(ed.stock, "lots");
        _click(ed.save);
        assertTrue(ed.tokenCost.isInvalid());
        assertEquals("Enter a whole number: no fractions.", ed.tokenCost.getErrorMessage());
        assertTrue(ed.stock.isInvalid());
        assertEquals("Enter a whole number, using digits only.", ed.stock.getErrorMessage());
        assertTrue(c.items.rows.isEmpty(), "the service was not asked");

        // out of range and a limit without a period: the service's messages, on their fields
        _setValue(ed.tokenCost, "99999999999999");
        _setValue(ed.stock, "");
        _setValue(ed.limitCount, "1");
        _click(ed.save);
        assertEquals("The cost must be a whole number from 1 to 10,000.", ed.tokenCost.getErrorMessage());
        assertTrue(ed.limitPeriod.isInvalid());
        assertEquals("Choose the period the limit counts in.", ed.limitPeriod.getErrorMessage());
        assertTrue(c.items.rows.isEmpty());
        assertTrue(p.recorded.isEmpty());

        _setValue(ed.tokenCost, "40");
        _setValue(ed.limitPeriod, LimitPeriod.MONTH);
        _click(ed.save);
        assertTrue(_find(CatalogItemEditor.class).isEmpty(), "closed after saving");
        assertEquals(1, _size(view.grid));
        CatalogItemRow row = _get(view.grid, 0);
        assertEquals(40, row.terms().tokenCost());
        assertEquals(
                List.of("rewards.catalog.item.created"),
                p.recorded.stream().map(r -> r.type()).toList());
    }

    @Test
    void aPriceChangeShowsInTheHistoryAndRetiredItemsLeaveTheListUnlessAskedFor() {
        CatalogItemRow coin = seed("Unit coin", 25, 30, null, null, null);
        seed("Weekend pass", 40, null, 1, LimitPeriod.MONTH, null);
        CatalogAdminView view = adminView();
        assertEquals(2, _size(view.grid));
        assertEquals("Unit coin", _get(view.grid, 0).terms().nameEn(), "by name");

        _click((Button) child(_getCellComponent(view.grid, 0, "actions"), 0));
        CatalogItemEditor ed = _get(CatalogItemEditor.class);
        assertEquals("25", ed.tokenCost.getValue());
        assertEquals("30", ed.stock.getValue());
        _setValue(ed.tokenCost, "30");
        _click(ed.save);
        view.grid.select(_get(view.grid, 0));
        assertTrue(view.history.isVisible());
        assertEquals(2, _size(view.history));
        assertEquals(ChangeKind.UPDATED, _get(view.history, 0).change());
        assertEquals("Cost in tokens: 25 \u2192 30", view.changes(_get(view.history, 0)));

        _click((Button) child(_getCellComponent(view.grid, 0, "actions"), 1));
        assertEquals(1, _size(view.grid), "retired items are hidden by default");
        _setValue(view.showRetired, true);
        assertEquals(2, _size(view.grid));
        assertFalse(c.service.get(coin.id()).terms().active());
        assertEquals(
                List.of(
                        "rewards.catalog.item.created",
                        "rewards.catalog.item.created",
                        "rewards.catalog.item.updated",
                        "rewards.catalog.item.retired"),
                p.recorded.stream().map(r -> r.type()).toList());
    }

    @Test
    void anAuditorReadsTheCatalogWithoutButtons() {
        seed("Unit coin", 25, 30, null, null, null);
        p.auditor();
        CatalogAdminView view = adminView();
        assertEquals(1, _size(view.grid));
        assertFalse(view.add.isVisible());
        assertNull(view.grid.getColumnByKey("actions"));
    }

    @Test
    void theEditorOffersEveryUnitAndStartsFromTheItem() {
        CatalogItemRow meal = seed("Meal with the commanding officer", 50, 4, null, null, p.aCoy.getId());
        p.admin();
        List<CatalogUnit> units = c.service.unitChoices();
        CatalogItemEditor ed = new CatalogItemEditor(meal, units, d -> null, () -> {});
        assertEquals(6, units.size());
        assertEquals(p.aCoy.getId(), ed.visibleUnit.getValue().id());
        assertEquals("1st Battalion / Alpha Company", ed.visibleUnit.getValue().path());
        assertEquals("Meal with the commanding officer description", ed.descriptionEn.getValue());
    }

    @Test
    void aSoldierSeesCardsWithCostStockAndLimitForTheirUnitOnly() {
        seed("Weekend pass", 40, null, 1, LimitPeriod.MONTH, null);
        seed("Meal with the commanding officer", 50, 4, null, null, p.aCoy.getId());
        seed("Signed unit photo", 15, 0, 2, LimitPeriod.YEAR, null);
        Soldier bravo = p.soldier("MR-9", "Novak", p.b1);
        Soldier alpha = p.soldier("MR-8", "Kim", p.a1);

        p.soldierCaller(bravo);
        CatalogView view = new CatalogView(c.service, java.util.List.of());
        UI.getCurrent().add(view);
        assertEquals(List.of("Signed unit photo", "Weekend pass"), cardTexts(view, H3.class));
        assertEquals(List.of("15 tokens", "40 tokens"), cardTexts(view, "catalog-cost"));
        assertEquals(List.of("None left", "Unlimited stock"), cardTexts(view, "catalog-stock"));
        assertEquals(List.of("At most 2 times a year", "At most once a month"), cardTexts(view, "catalog-limit"));
        assertTrue(
                _find(Button.class).isEmpty(), "the catalog adds no button itself (redemption does, as an extension)");
        // one column on a phone (390 px), as many as fit on a wider screen
        assertEquals(
                "repeat(auto-fill, minmax(min(100%, 17rem), 1fr))",
                view.cards.getStyle().get("grid-template-columns"));

        UI.getCurrent().removeAll();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        p.soldierCaller(alpha);
        CatalogView zh = new CatalogView(c.service, java.util.List.of());
        UI.getCurrent().add(zh);
        assertEquals(
                List.of("Signed unit photo（中文）", "Weekend pass（中文）", "Meal with the commanding officer（中文）"),
                cardTexts(zh, H3.class));
        assertEquals(List.of("15 积分", "40 积分", "50 积分"), cardTexts(zh, "catalog-cost"));
        assertEquals("剩余 4 个", cardTexts(zh, "catalog-stock").get(2));
    }

    @Test
    void aSoldierWithNothingOfferedIsToldSo() {
        Soldier s = p.soldier("MR-7", "Li", p.b1);
        p.soldierCaller(s);
        CatalogView view = new CatalogView(c.service, java.util.List.of());
        UI.getCurrent().add(view);
        assertTrue(_find(Div.class, spec -> spec.withClasses("catalog-card")).isEmpty());
        assertEquals(
                1,
                _find(
                                com.vaadin.flow.component.html.Paragraph.class,
                                spec -> spec.withText("No rewards are offered to your unit at the moment."))
                        .size());
    }

    private static Component child(Component parent, int index) {
        return parent.getChildren().toList().get(index);
    }

    private static List<String> cardTexts(CatalogView view, Class<? extends Component> type) {
        return _find(view.cards, type).stream()
                .map(x -> x.getElement().getText())
                .toList();
    }

    private static List<String> cardTexts(CatalogView view, String className) {
        return _find(view.cards, Span.class, spec -> spec.withClasses(className)).stream()
                .map(Span::getText)
                .toList();
    }
}
