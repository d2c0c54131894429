package org.meritledger.personnel.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.meritledger.base.ui.Inputs;
import org.meritledger.base.ui.Problems;
import org.meritledger.personnel.InputRules;
import org.meritledger.personnel.UnitDraft;
import org.meritledger.personnel.UnitNode;

/** Create, rename or move a unit. Moving a unit under its own descendant is refused by the service. */
public class UnitEditor extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<UnitNode> parent = new ComboBox<>();
    final Button save = new Button();

    public UnitEditor(
            UnitNode existing, List<UnitNode> units, Function<UnitDraft, UnitNode> store, Runnable afterSave) {
        setHeaderTitle(getTranslation(existing == null ? "unit.new" : "unit.edit"));
        code.setLabel(getTranslation("unit.code"));
        code.setId("unit-code");
        code.setRequiredIndicatorVisible(true);
        Inputs.limit(code, InputRules.UNIT_CODE);
        name.setLabel(getTranslation("unit.name"));
        name.setId("unit-name");
        name.setRequiredIndicatorVisible(true);
        Inputs.limit(name, InputRules.UNIT_NAME);
        parent.setLabel(getTranslation("unit.parent"));
        parent.setId("unit-parent");
        parent.setItems(units);
        parent.setItemLabelGenerator(UnitNode::path);
        parent.setClearButtonVisible(true);
        parent.setHelperText(getTranslation("unit.parent.help"));
        if (existing != null) {
            code.setValue(existing.code());
            name.setValue(existing.name());
            units.stream()
                    .filter(u -> existing.parentId() != null && u.id() == existing.parentId())
                    .findFirst()
                    .ifPresent(parent::setValue);
        }
        add(new FormLayout(code, name, parent));
        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "parentId", parent);
        save.setText(getTranslation("action.save"));
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            UnitDraft draft = new UnitDraft(
                    code.getValue(),
                    name.getValue(),
                    parent.getValue() == null ? null : parent.getValue().id());
            if (Problems.attempt(this, fields, () -> store.apply(draft))) {
                Problems.success(getTranslation("saved"));
                close();
                afterSave.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
