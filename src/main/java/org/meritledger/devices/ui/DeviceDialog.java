package org.meritledger.devices.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.devices.DeviceDraft;
import org.meritledger.devices.DeviceRow;
import org.meritledger.devices.DeviceService;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;

/** Registers a device; every refusal is shown on its field and nothing is registered. */
class DeviceDialog extends Dialog {

    DeviceDialog(DeviceService devices, UnitService units, Runnable registered) {
        setHeaderTitle(getTranslation("device.register"));
        TextField name = new TextField(getTranslation("device.name"));
        name.setId("device-name");
        ComboBox<UnitNode> unit = new ComboBox<>(getTranslation("device.unit"));
        unit.setId("device-unit");
        unit.setItems(units.list().stream().filter(UnitNode::active).toList());
        unit.setItemLabelGenerator(UnitNode::path);
        TextField range = new TextField(getTranslation("device.range"));
        range.setId("device-range");
        TextField lane = new TextField(getTranslation("device.lane"));
        lane.setId("device-lane");
        TextField key = new TextField(getTranslation("device.publicKey"));
        key.setId("device-public-key");
        MultiSelectComboBox<String> types = new MultiSelectComboBox<>(getTranslation("device.trainingTypes"));
        types.setId("device-training-types");
        types.setItems(devices.trainingTypeChoices());
        FormLayout form = new FormLayout(name, unit, range, lane, key, types);
        form.setColspan(key, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of(
                "name", name, "unitId", unit, "range", range, "lane", lane, "publicKey", key, "trainingTypes", types);
        Button save = new Button(getTranslation("device.register"), e -> {
            DeviceRow[] made = new DeviceRow[1];
            if (Problems.attempt(
                    this,
                    fields,
                    () -> made[0] = devices.register(new DeviceDraft(
                            name.getValue(),
                            unit.getValue() == null ? null : unit.getValue().id(),
                            range.getValue(),
                            lane.getValue(),
                            key.getValue(),
                            new ArrayList<>(types.getValue()))))) {
                Problems.success(getTranslation("device.registered", made[0].name()));
                registered.run();
                close();
            }
        });
        save.setId("device-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
