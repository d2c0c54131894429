package org.meritledger.rewards.rules.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.rules.AwardRuleService;
import org.meritledger.rewards.rules.RuleDraft;
import org.meritledger.rewards.rules.RuleRow;
import org.meritledger.rewards.rules.replay.Condition;
import org.meritledger.rewards.rules.replay.Tiers;
import org.meritledger.security.Role;

/**
 * Automatic award rules: administrators create, revise and retire them (each change a new
 * version on the ledger); auditors read. The list shows how often each rule fired; History
 * shows a rule's versions.
 */
@Route("admin/award-rules")
@Menu(title = "nav.awardRules", order = 97, icon = "vaadin:automation")
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class AwardRulesView extends VerticalLayout implements HasDynamicTitle {

    private final AwardRuleService rules;
    private final boolean admin;
    final Grid<RuleRow> grid = new Grid<>();
    final Button add;

    @Inject
    public AwardRulesView(AwardRuleService rules) {
        this(rules, isAdmin());
    }

    AwardRulesView(AwardRuleService rules, boolean admin) {
        this.rules = rules;
        this.admin = admin;
        setId("award-rules");
        setSizeFull();
        grid.addColumn(RuleRow::name)
                .setHeader(getTranslation("rewards.rules.name"))
                .setFlexGrow(2);
        grid.addColumn(this::describe)
                .setHeader(getTranslation("rewards.rules.when"))
                .setFlexGrow(3);
        grid.addColumn(RuleRow::amount).setHeader(getTranslation("rewards.rules.amount"));
        grid.addColumn(this::scope)
                .setHeader(getTranslation("rewards.rules.scope"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.active() ? "rewards.rules.active" : "rewards.rules.retired"))
                .setHeader(getTranslation("rewards.rules.state"));
        grid.addColumn(r -> "v" + r.version() + " · #" + r.seq()).setHeader(getTranslation("rewards.rules.version"));
        grid.addColumn(RuleRow::fired).setHeader(getTranslation("rewards.rules.fired"));
        grid.addComponentColumn(this::actions).setFlexGrow(2);
        add = new Button(getTranslation("rewards.rules.add"), e -> edit(null));
        add.setVisible(admin);
        add(
                new H2(getTranslation("rewards.rules.title")),
                new Paragraph(getTranslation("rewards.rules.intro")),
                add,
                grid);
        refresh();
    }

    void refresh() {
        grid.setItems(rules.list());
    }

    private HorizontalLayout actions(RuleRow r) {
        HorizontalLayout h = new HorizontalLayout();
        h.add(new Button(getTranslation("rewards.rules.history"), e -> history(r)));
        if (admin && r.active()) {
            h.add(new Button(getTranslation("rewards.rules.revise"), e -> edit(r)));
            h.add(new Button(getTranslation("rewards.rules.retire"), e -> {
                if (Problems.attempt(this, Map.of(), () -> rules.retire(r.ruleId()))) {
                    Notification.show(getTranslation("rewards.rules.retiredDone", r.name()));
                    refresh();
                }
            }));
        }
        return h;
    }

    /** "rifle-qualification: tier at least EXPERT" in the user's language. */
    String describe(RuleRow r) {
        String c = getTranslation(
                "rewards.rules.condition." + r.condition().name(),
                r.tier() == null ? "" : getTranslation("tier." + r.tier()),
                r.count());
        String window = r.validFrom() == null && r.validTo() == null
                ? ""
                : " (" + (r.validFrom() == null ? "…" : r.validFrom()) + " – "
                        + (r.validTo() == null ? "…" : r.validTo()) + ")";
        return r.standardCode() + ": " + c + window;
    }

    private String scope(RuleRow r) {
        return r.unitPath() == null ? getTranslation("rewards.rules.allUnits") : r.unitPath();
    }

    void history(RuleRow r) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("rewards.rules.historyOf", r.name()));
        Grid<RuleRow> versions = new Grid<>();
        versions.addColumn(v -> "v" + v.version()).setHeader(getTranslation("rewards.rules.version"));
        versions.addColumn(v -> "#" + v.seq()).setHeader(getTranslation("rewards.rules.entry"));
        versions.addColumn(RuleRow::name).setHeader(getTranslation("rewards.rules.name"));
        versions.addColumn(this::describe).setHeader(getTranslation("rewards.rules.when"));
        versions.addColumn(RuleRow::amount).setHeader(getTranslation("rewards.rules.amount"));
        versions.addColumn(this::scope).setHeader(getTranslation("rewards.rules.scope"));
        versions.addColumn(v -> getTranslation(v.active() ? "rewards.rules.active" : "rewards.rules.retired"))
                .setHeader(getTranslation("rewards.rules.state"));
        versions.addColumn(RuleRow::createdAt).setHeader(getTranslation("rewards.rules.createdAt"));
        versions.setItems(rules.history(r.ruleId()));
        versions.setWidth("64rem");
        d.add(versions);
        d.getFooter().add(new Button(getTranslation("action.close"), x -> d.close()));
        d.open();
    }

    void edit(RuleRow existing) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(existing == null ? "rewards.rules.add" : "rewards.rules.revise"));
        TextField name = new TextField(getTranslation("rewards.rules.name"));
        ComboBox<String> standard = new ComboBox<>(getTranslation("rewards.rules.standard"), rules.standardCodes());
        ComboBox<Condition> condition =
                new ComboBox<>(getTranslation("rewards.rules.condition"), Arrays.asList(Condition.values()));
        condition.setItemLabelGenerator(c -> getTranslation("rewards.rules.conditionName." + c.name()));
        ComboBox<String> tier = new ComboBox<>(getTranslation("rewards.rules.tier"), Tiers.BEST_FIRST);
        tier.setItemLabelGenerator(t -> getTranslation("tier." + t));
        TextField count = new TextField(getTranslation("rewards.rules.count"));
        TextField amount = new TextField(getTranslation("rewards.rules.amount"));
        amount.setHelperText(getTranslation("rewards.rules.amountHelp", rules.maxAmount()));
        DatePicker from = new DatePicker(getTranslation("rewards.rules.validFrom"));
        DatePicker to = new DatePicker(getTranslation("rewards.rules.validTo"));
        ComboBox<AwardRuleService.UnitChoice> unit =
                new ComboBox<>(getTranslation("rewards.rules.unit"), rules.units());
        unit.setItemLabelGenerator(AwardRuleService.UnitChoice::path);
        unit.setPlaceholder(getTranslation("rewards.rules.allUnits"));
        unit.setClearButtonVisible(true);
        condition.addValueChangeListener(e -> {
            tier.setVisible(e.getValue() != null && e.getValue().needsTier());
            count.setVisible(e.getValue() != null && e.getValue().needsCount());
        });
        tier.setVisible(false);
        count.setVisible(false);
        if (existing != null) {
            name.setValue(existing.name());
            standard.setValue(existing.standardCode());
            condition.setValue(existing.condition());
            tier.setValue(existing.tier());
            count.setValue(existing.count() == 0 ? "" : String.valueOf(existing.count()));
            amount.setValue(String.valueOf(existing.amount()));
            from.setValue(existing.validFrom());
            to.setValue(existing.validTo());
            rules.units().stream()
                    .filter(u -> existing.unitId() != null && u.id() == existing.unitId())
                    .findFirst()
                    .ifPresent(unit::setValue);
        }
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("standardCode", standard);
        fields.put("condition", condition);
        fields.put("tier", tier);
        fields.put("count", count);
        fields.put("amount", amount);
        fields.put("validFrom", from);
        fields.put("validTo", to);
        fields.put("unitId", unit);
        Button save = new Button(getTranslation("action.save"), e -> {
            RuleDraft draft = new RuleDraft(
                    name.getValue(),
                    standard.getValue(),
                    condition.getValue(),
                    tier.getValue(),
                    count.getValue(),
                    amount.getValue(),
                    from.getValue(),
                    to.getValue(),
                    unit.getValue() == null ? null : unit.getValue().id());
            boolean ok = Problems.attempt(this, fields, () -> {
                if (existing == null) {
                    rules.create(draft);
                } else {
                    rules.revise(existing.ruleId(), draft);
                }
            });
            if (ok) {
                Notification.show(getTranslation("rewards.rules.saved"));
                d.close();
                refresh();
            }
        });
        save.setId("save-rule");
        d.add(new Paragraph(getTranslation("rewards.rules.reviseNote")));
        d.add(new FormLayout(name, standard, condition, tier, count, amount, from, to, unit));
        d.getFooter().add(new Button(getTranslation("action.cancel"), x -> d.close()), save);
        d.open();
    }

    private static boolean isAdmin() {
        VaadinRequest r = VaadinRequest.getCurrent();
        return r != null && r.isUserInRole(Role.Names.ADMIN);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rewards.rules.title");
    }
}
