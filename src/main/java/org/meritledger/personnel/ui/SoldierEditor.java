package org.meritledger.personnel.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.meritledger.base.ui.Inputs;
import org.meritledger.base.ui.Problems;
import org.meritledger.personnel.InputRules;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.UnitNode;

/**
 * Create or edit one soldier. The dialog does not decide what is valid: it sends the draft to
 * the service and shows each refusal next to its field; nothing is saved until all is well.
 */
public class SoldierEditor extends Dialog {

    final TextField serviceNumber = new TextField();
    final TextField familyName = new TextField();
    final TextField givenName = new TextField();
    final Select<Rank> rank = new Select<>();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final Select<SoldierStatus> status = new Select<>();
    final Button save = new Button();

    public SoldierEditor(
            SoldierRow existing, List<UnitNode> units, Function<SoldierDraft, SoldierRow> store, Runnable afterSave) {
        setHeaderTitle(getTranslation(existing == null ? "soldier.new" : "soldier.edit"));
        serviceNumber.setLabel(getTranslation("soldier.serviceNumber"));
        serviceNumber.setId("soldier-service-number");
        Inputs.limit(serviceNumber, InputRules.SERVICE_NUMBER);
        serviceNumber.setRequiredIndicatorVisible(true);
        familyName.setLabel(getTranslation("soldier.familyName"));
        familyName.setId("soldier-family-name");
        familyName.setRequiredIndicatorVisible(true);
        Inputs.limit(familyName, InputRules.PERSON_NAME);
        givenName.setLabel(getTranslation("soldier.givenName"));
        givenName.setId("soldier-given-name");
        givenName.setRequiredIndicatorVisible(true);
        Inputs.limit(givenName, InputRules.PERSON_NAME);
        rank.setLabel(getTranslation("soldier.rank"));
        rank.setItems(Rank.values());
        rank.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.translationKey()));
        unit.setLabel(getTranslation("soldier.unit"));
        unit.setItems(units.stream().filter(UnitNode::active).toList());
        unit.setItemLabelGenerator(UnitNode::path);
        status.setLabel(getTranslation("soldier.status"));
        status.setItems(SoldierStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("status." + s.name()));
        status.setValue(SoldierStatus.ACTIVE);
        if (existing != null) {
            serviceNumber.setValue(existing.serviceNumber());
            familyName.setValue(existing.familyName());
            givenName.setValue(existing.givenName());
            rank.setValue(existing.rank());
            units.stream().filter(u -> u.id() == existing.unitId()).findFirst().ifPresent(unit::setValue);
            status.setValue(existing.status());
        }
        add(new FormLayout(serviceNumber, familyName, givenName, rank, unit, status));
        Map<String, HasValidation> fields = Map.of(
                "serviceNumber",
                serviceNumber,
                "familyName",
                familyName,
                "givenName",
                givenName,
                "rank",
                rank,
                "unitId",
                unit,
                "status",
                status);
        save.setText(getTranslation("action.save"));
        save.setId("soldier-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            SoldierDraft draft = new SoldierDraft(
                    serviceNumber.getValue(),
                    familyName.getValue(),
                    givenName.getValue(),
                    rank.getValue(),
                    unit.getValue() == null ? null : unit.getValue().id(),
                    status.getValue());
            if (Problems.attempt(this, fields, () -> store.apply(draft))) {
                Problems.success(getTranslation("saved"));
                close();
                afterSave.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
