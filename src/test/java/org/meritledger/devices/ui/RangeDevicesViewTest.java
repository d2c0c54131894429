package org.meritledger.devices.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.devices.DeviceRow;
import org.meritledger.devices.DeviceService;
import org.meritledger.devices.DraftLines;
import org.meritledger.devices.MemDevices;
import org.meritledger.devices.simulator.DeviceSigner;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.personnel.UnitNode;

/** Karibu: registering (with refusals on their fields) and listing range devices. */
class RangeDevicesViewTest {

    InMemoryPersonnel p;
    MemDevices devices;
    DeviceService service;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        p = new InMemoryPersonnel().withBattalion();
        devices = new MemDevices();
        DraftLines lines = new DraftLines() {
            @Override
            public Placement place(long u, String t, long s, Instant at, int h, long by, String pl, String o) {
                throw new UnsupportedOperationException("not used by the page");
            }

            @Override
            public List<String> hitTrainingTypes() {
                return List.of("rifle-qualification");
            }

            @Override
            public void markDeviceSigned(long resultId, long submissionId) {}
        };
        service = new DeviceService(devices, lines, p.scope, p.callers, p.guard, p.append, p.clock);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private Grid<DeviceRow> grid() {
        return _get(Grid.class, spec -> spec.withId("device-grid"));
    }

    @Test
    void anAdministratorRegistersADeviceAndTheLedgerRecordsIt() {
        p.admin();
        RangeDevicesView view = new RangeDevicesView(service, p.unitService, p.callers);
        UI.getCurrent().add(view);
        _click(_get(Button.class, spec -> spec.withId("register-device")));
        _setValue(_get(TextField.class, spec -> spec.withId("device-name")), "Lane 4 target");
        @SuppressWarnings("unchecked")
        ComboBox<UnitNode> unit = _get(ComboBox.class, spec -> spec.withId("device-unit"));
        unit.setValue(p.unitService.list().get(1));
        _setValue(_get(TextField.class, spec -> spec.withId("device-range")), "North");
        _setValue(_get(TextField.class, spec -> spec.withId("device-lane")), "4");
        TextField key = _get(TextField.class, spec -> spec.withId("device-public-key"));
        _setValue(key, "dG9vIHNob3J0");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> types =
                _get(MultiSelectComboBox.class, spec -> spec.withId("device-training-types"));
        types.setValue(Set.of("rifle-qualification"));
        _click(_get(Button.class, spec -> spec.withId("device-save")));
        assertTrue(key.isInvalid());
        assertEquals("Not an Ed25519 public key: base64 of exactly 32 bytes.", key.getErrorMessage());
        assertEquals(0, devices.devices.size());

        _setValue(key, DeviceSigner.generate().publicKey());
        _click(_get(Button.class, spec -> spec.withId("device-save")));
        assertEquals(1, devices.devices.size());
        assertEquals(1, _size(grid()));
        assertEquals("Lane 4 target", _get(grid(), 0).name());
        assertEquals("device.registered", p.recorded.get(p.recorded.size() - 1).type());

        service.revoke(_get(grid(), 0).id());
        assertEquals("device.revoked", p.recorded.get(p.recorded.size() - 1).type());
        assertTrue(p.recorded.get(p.recorded.size() - 1).payload().contains("\"revoked\":true"));
    }

    @Test
    void anAuditorReadsTheListButCannotRegister() {
        p.auditor();
        RangeDevicesView view = new RangeDevicesView(service, p.unitService, p.callers);
        UI.getCurrent().add(view);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("register-device"));
        assertEquals(7, grid().getColumns().size(), "no revoke column");
        assertTrue(
                _get(com.vaadin.flow.component.html.Paragraph.class).getText().contains("device's"));
    }
}
