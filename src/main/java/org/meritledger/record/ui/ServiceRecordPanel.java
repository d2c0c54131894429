package org.meritledger.record.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.meritledger.base.ui.Problems;
import org.meritledger.career.CareerEvent;
import org.meritledger.career.CareerItem;
import org.meritledger.career.CareerKind;
import org.meritledger.career.CareerService;
import org.meritledger.career.ui.CareerEventDialog;
import org.meritledger.career.ui.WithdrawDialog;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.UnitNode;
import org.meritledger.record.ServiceRecordService;
import org.meritledger.record.TimelineItem;
import org.meritledger.training.mytraining.MyResult;
import org.meritledger.training.standard.Attendance;

/**
 * One soldier's service record: who they are now, "Record event" buttons when the caller may
 * record (the service decides, and checks again on save), and the merged timeline as a lazy grid.
 */
public class ServiceRecordPanel extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    final Grid<TimelineItem> grid = new Grid<>(TimelineItem.class, false);
    final Span summary = new Span();
    final HorizontalLayout actions = new HorizontalLayout();
    private final ServiceRecordService records;
    private final CareerService careers;
    private final Supplier<List<UnitNode>> units;
    private final long soldierId;
    private SoldierRow soldier;

    public ServiceRecordPanel(
            ServiceRecordService records, CareerService careers, Supplier<List<UnitNode>> units, long soldierId) {
        this.records = records;
        this.careers = careers;
        this.units = units;
        this.soldierId = soldierId;
        setPadding(false);
        setSizeFull();
        soldier = records.soldier(soldierId);
        summary.setId("record-summary");
        actions.setId("record-actions");
        boolean canRecord = careers.canRecord(soldierId);
        if (canRecord) {
            for (CareerKind kind : CareerKind.recordable()) {
                Button b = new Button(
                        getTranslation(kind.translationKey()), icon(kind).create(), e -> openDialog(kind));
                b.setId("record-" + kind.name().toLowerCase(java.util.Locale.ROOT));
                actions.add(b);
            }
        }
        grid.setId("record-timeline");
        grid.addColumn(i -> DAY.format(i.date()))
                .setKey("date")
                .setHeader(getTranslation("record.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::badge)
                .setHeader(getTranslation("record.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::describe)
                .setKey("details")
                .setHeader(getTranslation("record.details"))
                .setFlexGrow(3)
                .setTooltipGenerator(this::describe);
        // a training line was recorded by the commander who signed its session off
        grid.addColumn(i -> i.isTraining()
                        ? java.util.Objects.toString(i.result().signedBy(), "")
                        : i.career().recordedBy())
                .setHeader(getTranslation("record.recordedBy"))
                .setAutoWidth(true);
        if (canRecord) {
            org.meritledger.base.ui.RowActions.keepInReach(
                    grid, grid.addComponentColumn(this::withdrawButton).setKey("withdraw"));
        }
        // on a phone: when and what (the kind badge and who recorded it are on wider screens)
        org.meritledger.base.ui.PhoneColumns.keepOnPhone(grid, "date", "details", "withdraw");
        grid.setItems(q -> records.timeline(soldierId, q.getOffset(), q.getLimit()).stream(), q ->
                (int) Math.min(Integer.MAX_VALUE, records.count(soldierId)));
        grid.setEmptyStateText(getTranslation("record.empty"));
        add(
                new H2(getTranslation("record.title") + " · " + soldier.serviceNumber() + " " + soldier.fullName()),
                summary,
                actions,
                grid);
        expand(grid);
        showSummary();
    }

    private void showSummary() {
        summary.setText(getTranslation(soldier.rank().translationKey()) + " · " + soldier.unitPath() + " · "
                + getTranslation("status." + soldier.status().name()));
    }

    private void openDialog(CareerKind kind) {
        CareerEventDialog[] dialog = new CareerEventDialog[1];
        dialog[0] = new CareerEventDialog(
                kind,
                soldier,
                units.get(),
                draft -> Problems.attempt(dialog[0], dialog[0].fields(), () -> careers.record(soldierId, draft)));
        dialog[0].addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog[0].open();
    }

    /** Missions and reports recorded in error can be withdrawn (a new event); nothing is ever edited. */
    private Component withdrawButton(TimelineItem i) {
        if (i.isTraining() || !i.career().kind().withdrawable() || i.career().withdrawn()) {
            return new Span();
        }
        Button b =
                new Button(getTranslation("record.withdraw"), VaadinIcon.BAN.create(), e -> openWithdraw(i.career()));
        b.addThemeVariants(
                com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void openWithdraw(CareerItem item) {
        WithdrawDialog[] dialog = new WithdrawDialog[1];
        dialog[0] = new WithdrawDialog(
                getTranslation(item.kind().translationKey()) + " " + DAY.format(item.effectiveOn()),
                reason -> Problems.attempt(dialog[0], dialog[0].fields(), () -> careers.withdraw(item.id(), reason)));
        dialog[0].addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog[0].open();
    }

    void refresh() {
        soldier = records.soldier(soldierId);
        showSummary();
        grid.getDataProvider().refreshAll();
    }

    private Component badge(TimelineItem i) {
        HorizontalLayout l = new HorizontalLayout();
        l.setSpacing(false);
        l.setAlignItems(FlexComponent.Alignment.CENTER);
        Span s = new Span();
        Icon icon;
        if (i.isTraining()) {
            icon = VaadinIcon.BULLSEYE.create();
            s.setText(getTranslation("record.kind.training"));
            MyResult r = i.result();
            boolean ok = r.attendance() == Attendance.PRESENT && Boolean.TRUE.equals(r.passed());
            s.getElement()
                    .getThemeList()
                    .add(
                            r.attendance() != Attendance.PRESENT
                                    ? "badge contrast"
                                    : ok ? "badge success" : "badge error");
        } else {
            icon = icon(i.career().kind()).create();
            s.setText(getTranslation(i.career().kind().translationKey()));
            s.getElement().getThemeList().add(i.career().kind() == CareerKind.WITHDRAWAL ? "badge contrast" : "badge");
        }
        icon.getStyle().set("padding", "var(--lumo-space-xs)");
        s.addComponentAsFirst(icon);
        l.add(s);
        if (!i.isTraining() && i.career().withdrawn()) {
            Span w = new Span(getTranslation("record.withdrawn"));
            w.getElement().getThemeList().add("badge error small");
            l.add(w);
        }
        return l;
    }

    static VaadinIcon icon(CareerKind kind) {
        switch (kind) {
            case TRANSFER:
                return VaadinIcon.EXCHANGE;
            case PROMOTION:
                return VaadinIcon.ARROW_UP;
            case MISSION:
                return VaadinIcon.FLAG;
            case WITHDRAWAL:
                return VaadinIcon.BAN;
            default:
                return VaadinIcon.CLIPBOARD_TEXT;
        }
    }

    /** One line a reader understands: what changed, or what was achieved and under which standard version. */
    String describe(TimelineItem i) {
        if (i.isTraining()) {
            MyResult r = i.result();
            String standard = getTranslation("standard." + r.standardCode()) + " v" + r.standardVersion();
            if (r.attendance() != Attendance.PRESENT) {
                return standard + " · "
                        + getTranslation("training.attendance." + r.attendance().name());
            }
            String outcome = r.tier() != null
                    ? getTranslation("tier." + r.tier().name())
                    : (r.totalPoints() != null ? getTranslation("training.points", r.totalPoints()) + " · " : "")
                            + getTranslation(Boolean.TRUE.equals(r.passed()) ? "training.passed" : "training.failed");
            String values = r.raw().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> getTranslation("training.field." + e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            return standard + " · " + outcome + (values.isEmpty() ? "" : " (" + values + ")");
        }
        CareerItem c = i.career();
        CareerEvent e = c.event();
        if (e instanceof CareerEvent.Transfer) {
            return getTranslation("record.transfer", c.fromUnitPath(), c.toUnitPath());
        }
        if (e instanceof CareerEvent.Promotion p) {
            return getTranslation(
                    "record.promotion",
                    getTranslation(p.fromRank().translationKey()),
                    getTranslation(p.toRank().translationKey()));
        }
        if (e instanceof CareerEvent.Withdrawal w) {
            return getTranslation(
                    "record.withdrawal", getTranslation(w.withdrawnKind().translationKey()), w.reason());
        }
        if (e instanceof CareerEvent.Mission m) {
            String until = m.endsOn() == null ? getTranslation("record.ongoing") : DAY.format(m.endsOn());
            return getTranslation("record.mission", m.name(), m.role(), DAY.format(m.effectiveOn()), until);
        }
        CareerEvent.PerformanceReport r = (CareerEvent.PerformanceReport) e;
        return getTranslation(
                "record.report",
                DAY.format(r.effectiveOn()),
                DAY.format(r.endsOn()),
                r.rating(),
                getTranslation("career.rating." + r.rating()),
                r.text());
    }
}
