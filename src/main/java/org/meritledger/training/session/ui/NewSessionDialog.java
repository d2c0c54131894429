package org.meritledger.training.session.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.meritledger.base.ui.Inputs;
import org.meritledger.base.ui.Problems;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.UnitNode;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.StandardChoice;
import org.meritledger.training.session.TrainingSession;

/**
 * Opens a session: standard, unit, participants (the unit's active roster, all chosen until the
 * commander removes someone), time, place, officer.
 */
public class NewSessionDialog extends Dialog {

    final Select<StandardChoice> standard = new Select<>();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final TextField place = new TextField();
    final TextField officer = new TextField();
    final MultiSelectComboBox<SoldierRow> participants = new MultiSelectComboBox<>();
    final Button create = new Button();

    public NewSessionDialog(SessionService sessions, List<UnitNode> units, LongConsumer opened) {
        setHeaderTitle(getTranslation("training.session.new"));
        standard.setLabel(getTranslation("training.session.standard"));
        standard.setId("session-standard");
        standard.setItems(sessions.standards());
        standard.setItemLabelGenerator(
                s -> s == null ? "" : getTranslation("standard." + s.code()) + " v" + s.version());
        unit.setLabel(getTranslation("soldier.unit"));
        unit.setId("session-unit");
        unit.setItems(units.stream().filter(UnitNode::active).toList());
        unit.setItemLabelGenerator(UnitNode::path);
        startsAt.setLabel(getTranslation("training.session.startsAt"));
        startsAt.setValue(LocalDateTime.now().truncatedTo(ChronoUnit.HOURS));
        place.setLabel(getTranslation("training.session.place"));
        place.setId("session-place");
        Inputs.limit(place, TrainingSession.PLACE);
        officer.setLabel(getTranslation("training.session.officer"));
        officer.setId("session-officer");
        Inputs.limit(officer, TrainingSession.CONDUCTING_OFFICER);
        participants.setLabel(getTranslation("training.session.participants"));
        participants.setHelperText(getTranslation("training.session.participantsHelp"));
        participants.setId("session-participants");
        participants.setItemLabelGenerator(s -> s.serviceNumber() + " " + s.familyName() + " " + s.givenName());
        participants.setEnabled(false);
        unit.addValueChangeListener(e -> {
            participants.clear();
            participants.setEnabled(e.getValue() != null);
            if (e.getValue() != null) {
                List<SoldierRow> roster = sessions.roster(e.getValue().id());
                participants.setItems(roster);
                participants.select(roster);
            }
        });
        FormLayout form = new FormLayout(standard, unit, startsAt, place, officer, participants);
        form.setColspan(participants, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of(
                "standardId",
                standard,
                "unitId",
                unit,
                "startsAt",
                startsAt,
                "place",
                place,
                "conductingOfficer",
                officer,
                "participants",
                participants);
        create.setText(getTranslation("training.session.create"));
        create.setId("session-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            long[] id = new long[1];
            SessionDraft d = new SessionDraft(
                    standard.getValue() == null ? null : standard.getValue().id(),
                    unit.getValue() == null ? null : unit.getValue().id(),
                    startsAt.getValue(),
                    place.getValue(),
                    officer.getValue(),
                    unit.getValue() == null
                            ? null
                            : participants.getValue().stream()
                                    .map(SoldierRow::id)
                                    .collect(Collectors.toSet()));
            if (Problems.attempt(this, fields, () -> id[0] = sessions.create(d))) {
                close();
                opened.accept(id[0]);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }
}
