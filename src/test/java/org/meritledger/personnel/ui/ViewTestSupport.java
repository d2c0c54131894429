package org.meritledger.personnel.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.personnel.InMemoryPersonnel;

/**
 * Karibu-Testing: a real Vaadin UI in the test's JVM, no browser, no server. Views are built
 * with the real services over in-memory repositories, so a view test also shows that the view
 * asks the service (and that the service, not the view, enforces the rules).
 */
abstract class ViewTestSupport {

    protected InMemoryPersonnel p;

    @BeforeEach
    void setUpVaadin() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        p = new InMemoryPersonnel().withBattalion();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
