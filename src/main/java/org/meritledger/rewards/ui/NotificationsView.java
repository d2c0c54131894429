package org.meritledger.rewards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Map;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.notification.NoticeLine;
import org.meritledger.rewards.notification.NotificationService;

/**
 * A soldier's notifications, newest first (lazy), unread ones marked; each can be marked read,
 * or all at once. Opened from the bell in the header. The service returns only the caller's own.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notices;
    final Checkbox unreadOnly = new Checkbox();
    final Button markAll = new Button();
    final Grid<NoticeLine> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    @Inject
    public NotificationsView(NotificationService notices) {
        this.notices = notices;
        setId("notifications");
        setWidthFull();
        unreadOnly.setLabel(getTranslation("rewards.notices.unreadOnly"));
        unreadOnly.setId("notices-unread-only");
        unreadOnly.addValueChangeListener(e -> refresh());
        markAll.setText(getTranslation("rewards.notices.markAll"));
        markAll.setId("notices-mark-all");
        markAll.addClickListener(e -> Problems.attempt(this, Map.of(), () -> {
            notices.markAllRead();
            changed();
        }));
        grid.setId("notices-grid");
        grid.addColumn(n -> Formats.WHEN.format(n.at()))
                .setHeader(getTranslation("rewards.col.date"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::textCell)
                .setKey("text")
                .setHeader(getTranslation("rewards.notices.col.what"))
                .setFlexGrow(4);
        grid.addColumn(n -> n.ledgerSeq() == null ? "–" : getTranslation("rewards.entry", n.ledgerSeq()))
                .setHeader(getTranslation("rewards.col.entry"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::readCell)
                .setKey("read")
                .setHeader(getTranslation("rewards.notices.col.read"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.setHeight("30em");
        grid.setItems(q -> notices.mine(unreadOnly.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) notices.countMine(unreadOnly.getValue()));
        empty.setId("notices-empty");
        RouterLink tokens = new RouterLink(getTranslation("nav.myTokens"), MyTokensView.class);
        HorizontalLayout bar = new HorizontalLayout(unreadOnly, markAll, tokens);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("rewards.notices.title")), empty, bar, grid);
        refresh();
    }

    private void refresh() {
        long unread = notices.countMine(true);
        empty.setText(getTranslation("rewards.notices.unread", unread));
        markAll.setEnabled(unread > 0);
        grid.getDataProvider().refreshAll();
    }

    /** Re-reads the list and tells the header badge. */
    private void changed() {
        refresh();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new NotificationBadge.Changed(ui)));
    }

    private Component textCell(NoticeLine n) {
        String text = getTranslation(
                n.translationKey(),
                n.amount() == null ? 0 : Math.abs(n.amount()),
                n.detail() == null ? "" : n.detail());
        Span s = new Span(text);
        if (!n.read()) {
            s.getStyle().set("font-weight", "600");
        }
        return s;
    }

    private Component readCell(NoticeLine n) {
        if (n.read()) {
            return new Span(getTranslation("rewards.notices.read"));
        }
        Button b = new Button(
                getTranslation("rewards.notices.markRead"),
                e -> Problems.attempt(this, Map.of(), () -> {
                    notices.markRead(n.id());
                    changed();
                }));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setId("notice-read-" + n.id());
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rewards.notices.title");
    }
}
