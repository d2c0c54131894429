package org.meritledger.rewards.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import org.meritledger.rewards.notification.NotificationService;

/**
 * The bell in the header with the number of unread notifications; it opens the list. The shell
 * is built once per browser tab, so the count is read again after every navigation and when the
 * list marks notices read ({@link Changed} on the UI).
 */
public class NotificationBadge extends Composite<Button> implements AfterNavigationObserver {

    /** Fired on the UI when notices were marked read, so the badge counts again. */
    public static class Changed extends ComponentEvent<UI> {
        public Changed(UI ui) {
            super(ui, false);
        }
    }

    private final NotificationService notices;
    final Span count = new Span();
    private Registration listening;

    public NotificationBadge(NotificationService notices) {
        this.notices = notices;
        Button b = getContent();
        b.setId("notification-bell");
        b.setIcon(VaadinIcon.BELL.create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        b.setSuffixComponent(count);
        b.addClickListener(e -> b.getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    public void refresh() {
        long n;
        try {
            n = notices.unreadCount();
        } catch (RuntimeException e) {
            n = 0; // no caller (logged out meanwhile): nothing to count
        }
        count.setText(String.valueOf(n));
        count.setVisible(n > 0);
        String label = getTranslation("rewards.notices.badge", n);
        getContent().getElement().setAttribute("aria-label", label);
        getContent().setTooltipText(label);
    }

    /** What the badge says now (for tests). */
    public String countText() {
        return count.isVisible() ? count.getText() : "";
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent e) {
        listening = ComponentUtil.addListener(e.getUI(), Changed.class, ev -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }
}
