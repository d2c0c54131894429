package org.meritledger.devices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.Problems;
import org.meritledger.devices.DeviceRow;
import org.meritledger.devices.DeviceService;
import org.meritledger.personnel.UnitService;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/** Registered range devices, newest first (lazy), with their last submission; register and revoke for administrators. */
@Route("admin/devices")
@Menu(title = "nav.devices", order = 105, icon = "vaadin:crosshairs")
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class RangeDevicesView extends VerticalLayout implements HasDynamicTitle {

    private final DeviceService devices;
    private final boolean admin;
    private final Grid<DeviceRow> grid = new Grid<>();

    @Inject
    public RangeDevicesView(DeviceService devices, UnitService units, CallerProvider callers) {
        this.devices = devices;
        this.admin = callers.current().map(c -> c.has(Role.ADMIN)).orElse(false);
        setId("range-devices");
        Button register = new Button(
                getTranslation("device.register"), e -> new DeviceDialog(devices, units, this::refresh).open());
        register.setId("register-device");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setVisible(admin);
        grid.setId("device-grid");
        grid.addColumn(DeviceRow::name).setHeader(getTranslation("device.name")).setAutoWidth(true);
        grid.addColumn(DeviceRow::unitPath)
                .setHeader(getTranslation("device.unit"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.range() + " / " + r.lane()).setHeader(getTranslation("device.range"));
        grid.addColumn(DeviceRow::keyId).setHeader(getTranslation("device.keyId"));
        grid.addColumn(r -> String.join(", ", r.trainingTypes())).setHeader(getTranslation("device.trainingTypes"));
        grid.addColumn(r -> last(r))
                .setHeader(getTranslation("device.lastSubmission"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.revoked() ? "device.state.revoked" : "device.state.active"))
                .setHeader(getTranslation("device.state"));
        if (admin) {
            org.meritledger.base.ui.RowActions.keepInReach(
                    grid, grid.addComponentColumn(this::revokeButton).setKey("revoke"));
        }
        add(new H2(getTranslation("device.title")), new Paragraph(getTranslation("device.intro")), register, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(q -> devices.page(q.getOffset(), q.getLimit()).stream(), q -> (int) devices.count());
    }

    private String last(DeviceRow r) {
        String count = getTranslation("device.submissions", r.submissions());
        return r.lastSubmission() == null ? count : when(r.lastSubmission()) + " (" + count + ")";
    }

    private Button revokeButton(DeviceRow r) {
        Button b = new Button(getTranslation("device.revoke"), e -> confirmRevoke(r));
        b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        b.setEnabled(!r.revoked());
        return b;
    }

    private void confirmRevoke(DeviceRow r) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation("device.revoke"));
        d.setText(getTranslation("device.revoke.confirm", r.name()));
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.setConfirmText(getTranslation("device.revoke"));
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> {
            if (Problems.attempt(this, Map.of(), () -> devices.revoke(r.id()))) {
                Problems.success(getTranslation("device.revokedDone", r.name()));
                refresh();
            }
        });
        d.open();
    }

    private static String when(Instant t) {
        return Formats.WHEN.format(t);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("device.title");
    }
}
