package org.meritledger.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.meritledger.security.Caller;

/**
 * A banner a feature shows at the top of every page for some callers (e.g. a witness alert for
 * administrators). {@link MainLayout} shows every CDI bean of this type without knowing the
 * features, so the shell imports none of them.
 */
public interface ShellBanner {

    /** The banner for this caller (null when nobody is logged in), or empty. */
    Optional<Component> banner(Caller caller);
}
