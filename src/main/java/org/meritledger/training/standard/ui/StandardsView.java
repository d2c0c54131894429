package org.meritledger.training.standard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.Problems;
import org.meritledger.security.Role;
import org.meritledger.training.standard.StandardAdminService;
import org.meritledger.training.standard.StandardDrafts;
import org.meritledger.training.standard.StandardVersionRow;

/**
 * Administrators' page for training standards: the current version of each, its version history
 * (who, when, what changed), and "Revise", which stores the next version. The list is a handful of
 * standards, so the grids are not lazy.
 */
@Route("admin/standards")
@Menu(title = "nav.standards", order = 110, icon = "vaadin:sliders")
@RolesAllowed(Role.Names.ADMIN)
public class StandardsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<StandardVersionRow> standards = new Grid<>(StandardVersionRow.class, false);
    final Grid<StandardVersionRow> history = new Grid<>(StandardVersionRow.class, false);
    final H3 historyTitle = new H3();
    private final StandardAdminService service;

    @Inject
    public StandardsView(StandardAdminService service) {
        this.service = service;
        setId("standards-view");
        setSizeFull();
        standards.setId("standards-grid");
        standards
                .addColumn(r -> getTranslation("standard." + r.code()))
                .setHeader(getTranslation("training.session.standard"))
                .setFlexGrow(2);
        standards
                .addColumn(r -> getTranslation("standards.kind." + r.kind().name()))
                .setHeader(getTranslation("standards.kind"));
        standards
                .addColumn(r -> "v" + r.version())
                .setHeader(getTranslation("standards.version"))
                .setAutoWidth(true);
        standards
                .addColumn(r -> Formats.WHEN.format(r.createdAt()))
                .setHeader(getTranslation("standards.since"))
                .setAutoWidth(true);
        standards
                .addComponentColumn(r -> {
                    Button b = new Button(getTranslation("standards.revise"), VaadinIcon.EDIT.create(), e -> revise(r));
                    b.setId("revise-" + r.code());
                    return b;
                })
                .setKey("revise");
        org.meritledger.base.ui.RowActions.keepInReach(standards, standards.getColumnByKey("revise"));
        standards.setAllRowsVisible(true);
        standards.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showHistory));

        history.setId("standard-history");
        history.addColumn(r -> "v" + r.version())
                .setHeader(getTranslation("standards.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(r -> Formats.WHEN.format(r.createdAt()))
                .setHeader(getTranslation("standards.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(r -> r.createdBy() == null ? getTranslation("standards.bySystem") : r.createdBy())
                .setHeader(getTranslation("standards.who"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(this::changes)
                .setHeader(getTranslation("standards.changes"))
                .setFlexGrow(3)
                .setTooltipGenerator(this::changes);
        history.addColumn(r -> r.reason() == null ? "" : r.reason())
                .setHeader(getTranslation("standards.reason"))
                .setKey("reason")
                .setFlexGrow(2)
                .setTooltipGenerator(r -> r.reason() == null ? "" : r.reason());
        add(new H2(getTranslation("standards.title")), standards, historyTitle, history);
        expand(history);
        reload();
    }

    private void reload() {
        var rows = service.current();
        standards.setItems(rows);
        if (!rows.isEmpty()) {
            standards.select(rows.get(0));
        }
    }

    private void showHistory(StandardVersionRow current) {
        historyTitle.setText(getTranslation("standards.history", getTranslation("standard." + current.code())));
        history.setItems(service.history(current.code()));
    }

    String changes(StandardVersionRow r) {
        if (r.changes().isEmpty()) {
            return r.version() == 1 ? getTranslation("standards.first") : "";
        }
        return r.changes().stream()
                .map(c -> getTranslation("standards.change", label(c), c.before(), c.after()))
                .collect(Collectors.joining("; "));
    }

    private String label(StandardDrafts.Change c) {
        return c.field().startsWith("table.")
                ? getTranslation("training.field." + c.field().substring(6))
                : getTranslation("standard.field." + c.field());
    }

    private void revise(StandardVersionRow r) {
        StandardEditor[] editor = new StandardEditor[1];
        editor[0] = new StandardEditor(
                r.code(),
                r.version(),
                service.currentRules(r.code()),
                draft -> Problems.attempt(editor[0], editor[0].fields, () -> {
                    StandardVersionRow saved = service.revise(r.code(), draft, editor[0].reason());
                    Problems.success(getTranslation(
                            "standards.revised", getTranslation("standard." + r.code()), saved.version()));
                }));
        editor[0].addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                reload();
            }
        });
        editor[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.title");
    }
}
