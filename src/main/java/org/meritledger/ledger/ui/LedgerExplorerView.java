package org.meritledger.ledger.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.meritledger.base.InvalidInputException;
import org.meritledger.ledger.explorer.EntryFilter;
import org.meritledger.ledger.explorer.EntrySummary;
import org.meritledger.ledger.explorer.LedgerExplorerService;
import org.meritledger.security.Role;

/**
 * The ledger explorer for administrators and auditors: every entry, newest first, in a lazy grid
 * that pages by sequence number (so it is as quick at ten million entries as at ten), filtered by
 * type, subject, actor, time and sequence range; a click opens the entry with its proofs.
 */
@Route("admin/ledger/entries")
@Menu(title = "nav.ledgerExplorer", order = 121, icon = "vaadin:search")
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class LedgerExplorerView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    final TextField type = new TextField();
    final TextField subject = new TextField();
    final IntegerField actor = new IntegerField();
    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final IntegerField fromSeq = new IntegerField();
    final IntegerField toSeq = new IntegerField();
    final Button apply;
    final Button clear;
    final Grid<EntrySummary> grid = new Grid<>();

    private final LedgerExplorerService explorer;
    private EntryFilter filter = EntryFilter.ALL;

    @Inject
    public LedgerExplorerView(LedgerExplorerService explorer) {
        this.explorer = explorer;
        setId("explorer-view");
        setSizeFull();
        add(new H2(getTranslation("explorer.title")));

        type.setId("explorer-type");
        type.setLabel(getTranslation("explorer.type"));
        type.setPlaceholder("training.*");
        type.setHelperText(getTranslation("explorer.prefixHelp"));
        type.setMaxLength(EntryFilter.MAX_PREFIX);
        subject.setId("explorer-subject");
        subject.setLabel(getTranslation("explorer.subject"));
        subject.setPlaceholder("soldier:*");
        subject.setMaxLength(EntryFilter.MAX_PREFIX);
        actor.setId("explorer-actor");
        actor.setLabel(getTranslation("explorer.actor"));
        actor.setMin(0);
        from.setId("explorer-from");
        from.setLabel(getTranslation("explorer.from"));
        to.setId("explorer-to");
        to.setLabel(getTranslation("explorer.to"));
        fromSeq.setId("explorer-from-seq");
        fromSeq.setLabel(getTranslation("explorer.fromSeq"));
        fromSeq.setMin(0);
        toSeq.setId("explorer-to-seq");
        toSeq.setLabel(getTranslation("explorer.toSeq"));
        toSeq.setMin(0);
        apply = new Button(getTranslation("explorer.apply"), e -> applyFilter());
        apply.setId("explorer-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        clear = new Button(getTranslation("explorer.clear"), e -> clearFilter());
        clear.setId("explorer-clear");

        FlexLayout filters = new FlexLayout(type, subject, actor, from, to, fromSeq, toSeq, apply, clear);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        add(filters);

        grid.setId("explorer-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(EntrySummary::sequence)
                .setHeader(getTranslation("explorer.col.seq"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> TIME.format(e.timestamp()))
                .setHeader(getTranslation("explorer.col.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(EntrySummary::type).setHeader(getTranslation("explorer.col.type"));
        grid.addColumn(EntrySummary::subject).setHeader(getTranslation("explorer.col.subject"));
        grid.addColumn(e -> actorText(e)).setHeader(getTranslation("explorer.col.actor"));
        grid.addItemClickListener(e -> open(e.getItem().sequence()));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    /** Opens one entry (also from another entry's record history). */
    void open(long seq) {
        new EntryDetailDialog(explorer.entry(seq), this::open).open();
    }

    String actorText(EntrySummary e) {
        if (e.actorAccountId() == null) {
            return getTranslation("explorer.actor.system");
        }
        return getTranslation("explorer.actor.account", e.actorAccountId(), e.actorRole() == null ? "" : e.actorRole());
    }

    private void applyFilter() {
        Map<String, HasValidation> fields =
                Map.of("type", type, "subject", subject, "actor", actor, "to", to, "fromSeq", fromSeq, "toSeq", toSeq);
        fields.values().forEach(f -> f.setInvalid(false));
        if (actor.isInvalid() || fromSeq.isInvalid() || toSeq.isInvalid()) {
            return;
        }
        EntryFilter next = new EntryFilter(
                type.getValue(),
                actor.getValue() == null ? null : actor.getValue().longValue(),
                subject.getValue(),
                instant(from.getValue()),
                instant(to.getValue()),
                fromSeq.getValue() == null ? null : fromSeq.getValue().longValue(),
                toSeq.getValue() == null ? null : toSeq.getValue().longValue());
        try {
            LedgerExplorerService.validate(next);
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem p : invalid.problems()) {
                HasValidation field = fields.get(p.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(p.messageKey(), p.args()));
                    field.setInvalid(true);
                }
            }
            return; // the list keeps the last valid filter
        }
        filter = next;
        refresh();
    }

    private void clearFilter() {
        List.of(type, subject).forEach(TextField::clear);
        List.of(actor, fromSeq, toSeq).forEach(IntegerField::clear);
        from.clear();
        to.clear();
        filter = EntryFilter.ALL;
        refresh();
    }

    private void refresh() {
        EntryFilter f = filter;
        CallbackDataProvider.FetchCallback<EntrySummary, Void> fetch =
                q -> explorer.entries(f, q.getOffset(), q.getLimit()).stream();
        if (f.bySequenceOnly()) {
            // a sequence range has a known size without counting rows
            long size = explorer.size();
            long high = f.toSeq() == null ? size - 1 : Math.min(f.toSeq(), size - 1);
            long low = f.fromSeq() == null ? 0 : f.fromSeq();
            long count = Math.max(0, high - low + 1);
            grid.setItems(DataProvider.fromCallbacks(fetch, q -> (int) Math.min(count, Integer.MAX_VALUE)));
        } else {
            grid.setItems(fetch); // filtered: scrolls on without counting millions of rows
        }
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** The filter the list shows now (for tests). */
    EntryFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("explorer.title");
    }
}
