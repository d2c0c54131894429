package org.meritledger.ledger.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.meritledger.base.ui.ShellBanner;
import org.meritledger.ledger.witness.WitnessService;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;

/**
 * The administrators' banner while this portal, as a witness, holds alerts: another portal's
 * ledger showed it a checkpoint that contradicts what it cosigned (a fork or rewrite).
 */
@ApplicationScoped
public class WitnessAlertBanner implements ShellBanner {

    @Inject
    WitnessService witness;

    @Override
    public Optional<Component> banner(Caller caller) {
        if (caller == null || !caller.has(Role.ADMIN)) {
            return Optional.empty();
        }
        long n = witness.alertCount();
        if (n == 0) {
            return Optional.empty();
        }
        WitnessService.AlertView a = witness.alerts(1).get(0);
        Div d = new Div(UI.getCurrent().getTranslation("witness.alert.banner", n, a.origin(), a.kind()));
        d.addClassName("integrity-banner");
        d.setId("witness-alert-banner");
        return Optional.of(d);
    }
}
