package org.meritledger.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/** Application-wide page settings: the theme from webapp-theme/ (copied to target/ at build). */
@Theme("merit")
public class AppShell implements AppShellConfigurator {}
