package org.meritledger.career.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.meritledger.career.CareerDraft;
import org.meritledger.career.CareerEvent;
import org.meritledger.career.CareerKind;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.UnitNode;

/**
 * "Record event" for one kind: only that kind's fields are shown. The dialog never calls a
 * service: {@code save} gets the draft and returns whether it was accepted (the service's
 * refusals are shown next to the fields, see {@code Problems}), so the dialog stays testable.
 */
public class CareerEventDialog extends Dialog {

    final DatePicker effectiveOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final ComboBox<UnitNode> toUnit = new ComboBox<>();
    final Select<Rank> toRank = new Select<>();
    final TextField name = new TextField();
    final TextField role = new TextField();
    final IntegerField rating = new IntegerField();
    final TextArea text = new TextArea();
    final Button save = new Button();
    private final CareerKind kind;

    public CareerEventDialog(CareerKind kind, SoldierRow soldier, List<UnitNode> units, Predicate<CareerDraft> onSave) {
        this.kind = kind;
        setHeaderTitle(
                getTranslation("career.record.title", getTranslation(kind.translationKey()), soldier.fullName()));
        setId("career-dialog");
        FormLayout form = new FormLayout();
        boolean period = kind == CareerKind.MISSION || kind == CareerKind.PERFORMANCE_REPORT;
        effectiveOn.setLabel(getTranslation(period ? "career.field.from" : "career.field.effectiveOn"));
        effectiveOn.setId("career-effective-on");
        form.add(effectiveOn);
        switch (kind) {
            case TRANSFER -> {
                toUnit.setLabel(getTranslation("career.field.toUnit"));
                toUnit.setItems(units.stream()
                        .filter(u -> u.active() && u.id() != soldier.unitId())
                        .toList());
                toUnit.setItemLabelGenerator(UnitNode::path);
                toUnit.setHelperText(getTranslation("career.field.fromUnit") + ": " + soldier.unitPath());
                toUnit.setId("career-to-unit");
                form.add(toUnit);
            }
            case PROMOTION -> {
                toRank.setLabel(getTranslation("career.field.toRank"));
                toRank.setItems(Arrays.stream(Rank.values())
                        .filter(r -> r.ordinal() > soldier.rank().ordinal())
                        .toList());
                toRank.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.translationKey()));
                toRank.setHelperText(getTranslation("career.field.fromRank") + ": "
                        + getTranslation(soldier.rank().translationKey()));
                toRank.setId("career-to-rank");
                form.add(toRank);
            }
            case MISSION -> {
                endsOn.setLabel(getTranslation("career.field.toOngoing"));
                name.setLabel(getTranslation("career.field.mission"));
                name.setMaxLength(CareerEvent.MAX_MISSION_NAME);
                name.setId("career-name");
                role.setLabel(getTranslation("career.field.role"));
                role.setMaxLength(CareerEvent.MAX_MISSION_ROLE);
                role.setId("career-role");
                form.add(endsOn, name, role);
            }
            case PERFORMANCE_REPORT -> {
                endsOn.setLabel(getTranslation("career.field.to"));
                rating.setLabel(getTranslation("career.field.rating"));
                rating.setMin(CareerEvent.MIN_RATING);
                rating.setMax(CareerEvent.MAX_RATING);
                rating.setStepButtonsVisible(true);
                rating.setHelperText(getTranslation("career.rating.scale"));
                rating.setId("career-rating");
                text.setLabel(getTranslation("career.field.text"));
                text.setMaxLength(CareerEvent.MAX_REPORT_TEXT);
                text.setHelperText(getTranslation("career.field.textHelp", CareerEvent.MAX_REPORT_TEXT));
                text.setId("career-text");
                form.add(endsOn, rating, text);
            }
        }
        endsOn.setId("career-ends-on");
        add(form);
        save.setText(getTranslation("career.record.save"));
        save.setId("career-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (onSave.test(draft())) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    CareerDraft draft() {
        UnitNode unit = toUnit.getValue();
        return new CareerDraft(
                kind,
                effectiveOn.getValue(),
                endsOn.getValue(),
                unit == null ? null : unit.id(),
                toRank.getValue(),
                name.getValue(),
                role.getValue(),
                rating.getValue(),
                text.getValue());
    }

    /** Fields by the names the service reports problems under. */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("effectiveOn", effectiveOn);
        m.put("endsOn", endsOn);
        m.put("toUnitId", toUnit);
        m.put("toRank", toRank);
        m.put("name", name);
        m.put("role", role);
        m.put("rating", rating);
        m.put("text", text);
        return m;
    }
}
