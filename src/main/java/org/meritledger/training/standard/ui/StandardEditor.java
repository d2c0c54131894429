package org.meritledger.training.standard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.meritledger.training.standard.DrillStandard;
import org.meritledger.training.standard.FitnessStandard;
import org.meritledger.training.standard.MarksmanshipStandard;
import org.meritledger.training.standard.Standard;
import org.meritledger.training.standard.StandardDraft;
import org.meritledger.training.standard.StandardDrafts;
import org.meritledger.training.standard.StoredStandard;

/**
 * Edits the thresholds of a standard for its next version, starting from the current ones. Never
 * calls a service: {@code save} receives the draft and says whether it was accepted, so refusals
 * appear next to the fields and the dialog stays open.
 */
public class StandardEditor extends Dialog {

    final Map<String, HasValidation> fields = new LinkedHashMap<>();
    final Map<String, IntegerField> numbers = new LinkedHashMap<>();
    final Map<String, TextArea> tables = new LinkedHashMap<>();
    final Button save = new Button();
    final TextArea reason = new TextArea();

    public StandardEditor(String code, int currentVersion, Standard current, Predicate<StandardDraft> onSave) {
        setId("standard-editor");
        setHeaderTitle(
                getTranslation("standards.revise.title", getTranslation("standard." + code), currentVersion + 1));
        setWidth("40em");
        StandardDraft d = StandardDrafts.of(current);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        if (current instanceof MarksmanshipStandard) {
            form.add(
                    number("maxHits", d.maxHits()),
                    number("expertMin", d.expertMin()),
                    number("sharpshooterMin", d.sharpshooterMin()),
                    number("marksmanMin", d.marksmanMin()));
            add(new Paragraph(getTranslation("standards.help.marksmanship")));
        } else if (current instanceof FitnessStandard f) {
            for (FitnessStandard.Event e : f.events()) {
                TextArea t = new TextArea(getTranslation("training.field." + e.name()));
                t.setValue(d.tables().get(e.name()));
                t.setHelperText(getTranslation(
                        e.direction() == FitnessStandard.Direction.HIGHER_IS_BETTER
                                ? "standards.help.tableHigher"
                                : "standards.help.tableLower",
                        StandardDrafts.table(e).split("\n")[0]));
                t.setId("table-" + e.name());
                tables.put(e.name(), t);
                fields.put("table." + e.name(), t);
                form.add(t);
            }
            form.add(number("minPointsPerEvent", d.minPointsPerEvent()), number("passTotal", d.passTotal()));
        } else if (current instanceof DrillStandard) {
            form.add(number("maxRemarks", d.maxRemarks()));
            add(new Paragraph(getTranslation("standards.help.drill")));
        }
        // the new version is a ledger entry: it says why, as a correction does
        reason.setLabel(getTranslation("standards.revise.reason"));
        reason.setId("standard-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        org.meritledger.base.ui.Inputs.limit(reason, StoredStandard.REASON);
        fields.put("reason", reason);
        add(form, reason, new Paragraph(getTranslation("standards.revise.note")));
        save.setText(getTranslation("standards.revise.save"));
        save.setId("standard-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (onSave.test(draft())) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private IntegerField number(String name, Integer value) {
        IntegerField f = new IntegerField(getTranslation("standard.field." + name));
        f.setValue(value);
        f.setId("standard-" + name);
        numbers.put(name, f);
        fields.put(name, f);
        return f;
    }

    StandardDraft draft() {
        Map<String, String> t = new LinkedHashMap<>();
        tables.forEach((k, v) -> t.put(k, v.getValue()));
        return new StandardDraft(
                value("maxHits"),
                value("expertMin"),
                value("sharpshooterMin"),
                value("marksmanMin"),
                t,
                value("minPointsPerEvent"),
                value("passTotal"),
                value("maxRemarks"));
    }

    String reason() {
        return reason.getValue();
    }

    private Integer value(String name) {
        IntegerField f = numbers.get(name);
        return f == null ? null : f.getValue();
    }
}
