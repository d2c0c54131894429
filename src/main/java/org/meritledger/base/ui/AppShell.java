package org.meritledger.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * Application-wide page settings: the theme from webapp-theme/ (copied to target/ at build) and
 * the favicon ({@code src/main/webapp/favicon.ico}; browsers ask for it on every page).
 */
@Theme("merit")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "16x16");
    }
}
