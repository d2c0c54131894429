package org.meritledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MainLayout;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.security.Caller;

/** Every page's shell shows the integrity banner, naming entry and check, exactly while writes are held. */
class IntegrityBannerTest {

    private final InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();
    private final IntegrityGuard guard = new IntegrityGuard();

    @BeforeEach
    void setUpVaadin() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        // A caller without roles: no navigation items, so no routes need registering for the shell.
        p.callers.as(new Caller(9, "reader", Set.of(), null, Set.of()));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private Optional<Component> banner(MainLayout layout) {
        return descendants(layout)
                .filter(c -> c.getId().filter("integrity-banner"::equals).isPresent())
                .findFirst();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(IntegrityBannerTest::descendants));
    }

    @Test
    void noBannerWhileTheLedgerVerifies() {
        assertTrue(banner(new MainLayout(p.callers, p.accountService, guard)).isEmpty());
    }

    @Test
    void bannerNamesTheFailedEntryAndCheckWhileHeld() {
        guard.engage(new Failure(41, Check.ENTRY_HASH, "aa", "bb", null), Instant.now());
        Component banner =
                banner(new MainLayout(p.callers, p.accountService, guard)).orElseThrow();
        assertTrue(banner.getElement().getClassList().contains("integrity-banner"));
        String text = banner.getElement().getText();
        assertTrue(text.startsWith("Integrity hold"), text);
        assertTrue(text.contains("entry 41, ENTRY_HASH"), text);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        String zh = banner(new MainLayout(p.callers, p.accountService, guard))
                .orElseThrow()
                .getElement()
                .getText();
        assertTrue(zh.startsWith("完整性保护"), zh);
        guard.release();
        assertEquals(Optional.empty(), banner(new MainLayout(p.callers, p.accountService, guard)));
    }
}
