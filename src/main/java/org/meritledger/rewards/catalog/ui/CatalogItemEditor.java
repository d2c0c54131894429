package org.meritledger.rewards.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.catalog.CatalogDraft;
import org.meritledger.rewards.catalog.CatalogItemRow;
import org.meritledger.rewards.catalog.CatalogRules;
import org.meritledger.rewards.catalog.CatalogTerms;
import org.meritledger.rewards.catalog.CatalogUnit;
import org.meritledger.rewards.catalog.LimitPeriod;

/**
 * Create or edit a catalog item. Numbers are typed as text so that letters or a fraction get
 * their own message on the field; ranges and the rest are the service's to judge, and whatever it
 * refuses is shown on the field it names. The dialog calls nothing itself: {@code store} does.
 */
public class CatalogItemEditor extends Dialog {

    final TextField nameEn = new TextField();
    final TextField nameZh = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionZh = new TextArea();
    final TextField tokenCost = new TextField();
    final TextField stock = new TextField();
    final TextField limitCount = new TextField();
    final Select<LimitPeriod> limitPeriod = new Select<>();
    final ComboBox<CatalogUnit> visibleUnit = new ComboBox<>();
    final Checkbox needsApproval = new Checkbox();
    final Button save = new Button();
    final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /**
     * @param existing the item to edit, or null for a new one
     * @param store saves the draft (the service call); throws what the service refuses
     */
    public CatalogItemEditor(
            CatalogItemRow existing, List<CatalogUnit> units, Function<CatalogDraft, ?> store, Runnable afterSave) {
        setHeaderTitle(getTranslation(existing == null ? "catalog.new" : "catalog.edit"));
        setWidth("min(44rem, 100vw)");
        text(nameEn, "nameEn", CatalogRules.NAME_MAX);
        text(nameZh, "nameZh", CatalogRules.NAME_MAX);
        nameEn.setRequiredIndicatorVisible(true);
        nameZh.setRequiredIndicatorVisible(true);
        text(descriptionEn, "descriptionEn", CatalogRules.DESCRIPTION_MAX);
        text(descriptionZh, "descriptionZh", CatalogRules.DESCRIPTION_MAX);
        text(tokenCost, "tokenCost", 12);
        tokenCost.setRequiredIndicatorVisible(true);
        tokenCost.setHelperText(getTranslation("catalog.field.tokenCost.help", CatalogRules.COST_MAX));
        text(stock, "stock", 12);
        stock.setHelperText(getTranslation("catalog.field.stock.help"));
        text(limitCount, "limitCount", 12);
        limitCount.setHelperText(getTranslation("catalog.field.limitCount.help"));
        limitPeriod.setLabel(getTranslation("catalog.field.limitPeriod"));
        limitPeriod.setId("catalog-limitPeriod");
        limitPeriod.setItems(LimitPeriod.values());
        limitPeriod.setItemLabelGenerator(p -> p == null ? "" : getTranslation("catalog.period." + p.name()));
        limitPeriod.setEmptySelectionAllowed(true);
        limitPeriod.setEmptySelectionCaption(getTranslation("catalog.period.none"));
        fields.put("limitPeriod", limitPeriod);
        visibleUnit.setLabel(getTranslation("catalog.field.visibleUnitId"));
        visibleUnit.setId("catalog-visibleUnit");
        visibleUnit.setItems(units);
        visibleUnit.setItemLabelGenerator(CatalogUnit::path);
        visibleUnit.setClearButtonVisible(true);
        visibleUnit.setPlaceholder(getTranslation("catalog.everyone"));
        visibleUnit.setHelperText(getTranslation("catalog.field.visibleUnitId.help"));
        fields.put("visibleUnitId", visibleUnit);
        needsApproval.setLabel(getTranslation("catalog.field.needsApproval"));
        needsApproval.setId("catalog-needsApproval");
        if (existing != null) {
            fill(existing.terms(), units);
        }
        FormLayout form = new FormLayout(
                nameEn,
                nameZh,
                descriptionEn,
                descriptionZh,
                tokenCost,
                stock,
                limitCount,
                limitPeriod,
                visibleUnit,
                needsApproval);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("catalog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            CatalogDraft draft = draft();
            if (draft != null && Problems.attempt(this, fields, () -> store.apply(draft))) {
                Problems.success(getTranslation("saved"));
                close();
                afterSave.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void text(TextField field, String name, int max) {
        field.setLabel(getTranslation("catalog.field." + name));
        field.setId("catalog-" + name);
        field.setMaxLength(max);
        fields.put(name, field);
    }

    private void text(TextArea field, String name, int max) {
        field.setLabel(getTranslation("catalog.field." + name));
        field.setId("catalog-" + name);
        field.setMaxLength(max);
        fields.put(name, field);
    }

    private void fill(CatalogTerms t, List<CatalogUnit> units) {
        nameEn.setValue(t.nameEn());
        nameZh.setValue(t.nameZh());
        descriptionEn.setValue(t.descriptionEn());
        descriptionZh.setValue(t.descriptionZh());
        tokenCost.setValue(String.valueOf(t.tokenCost()));
        stock.setValue(t.stock() == null ? "" : String.valueOf(t.stock()));
        limitCount.setValue(t.limitCount() == null ? "" : String.valueOf(t.limitCount()));
        limitPeriod.setValue(t.limitPeriod());
        units.stream()
                .filter(u -> t.visibleUnitId() != null && u.id() == t.visibleUnitId())
                .findFirst()
                .ifPresent(visibleUnit::setValue);
        needsApproval.setValue(t.needsApproval());
    }

    /** The draft, or null when a number field holds something that is not a whole number (shown on it). */
    CatalogDraft draft() {
        fields.values().forEach(f -> f.setInvalid(false));
        Integer cost = number(tokenCost);
        Integer left = number(stock);
        Integer limit = number(limitCount);
        if (tokenCost.isInvalid() || stock.isInvalid() || limitCount.isInvalid()) {
            return null;
        }
        return new CatalogDraft(
                nameEn.getValue(),
                nameZh.getValue(),
                descriptionEn.getValue(),
                descriptionZh.getValue(),
                cost,
                left,
                limit,
                limitPeriod.getValue(),
                visibleUnit.getValue() == null ? null : visibleUnit.getValue().id(),
                needsApproval.getValue());
    }

    private Integer number(TextField f) {
        WholeNumbers.Parsed p = WholeNumbers.parse(f.getValue());
        if (p.problem() != null) {
            f.setErrorMessage(getTranslation(p.problem()));
            f.setInvalid(true);
        }
        return p.value();
    }
}
