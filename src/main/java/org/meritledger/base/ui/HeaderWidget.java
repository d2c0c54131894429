package org.meritledger.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.meritledger.security.Caller;

/**
 * A small component a feature puts into the header of every page for some callers (e.g. a
 * soldier's unread-notifications badge). {@link MainLayout} shows every CDI bean of this type
 * without knowing the features, so the shell imports none of them. A widget that changes over
 * time refreshes itself (e.g. as an {@code AfterNavigationObserver}).
 */
public interface HeaderWidget {

    /** The widget for this caller (null when nobody is logged in), or empty; a new component each call. */
    Optional<Component> widget(Caller caller);
}
