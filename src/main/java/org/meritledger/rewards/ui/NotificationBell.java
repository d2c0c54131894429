package org.meritledger.rewards.ui;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.meritledger.base.ui.HeaderWidget;
import org.meritledger.rewards.notification.NotificationService;
import org.meritledger.security.Caller;

/** Puts the unread-notifications badge into the header, for accounts linked to a soldier. */
@ApplicationScoped
public class NotificationBell implements HeaderWidget {

    private NotificationService notices;

    protected NotificationBell() {}

    @Inject
    public NotificationBell(NotificationService notices) {
        this.notices = notices;
    }

    @Override
    public Optional<Component> widget(Caller caller) {
        if (caller == null || caller.soldierId() == null) {
            return Optional.empty();
        }
        return Optional.of(new NotificationBadge(notices));
    }
}
