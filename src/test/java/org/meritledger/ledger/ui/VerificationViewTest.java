package org.meritledger.ledger.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.ledger.InMemoryLedgerAdmin;
import org.meritledger.ledger.VerificationProgress.Snapshot;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.personnel.InMemoryPersonnel.SettableCaller;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;

/** The verification page over the real access rules and an in-memory ledger (Karibu, no server). */
class VerificationViewTest {

    private final SettableCaller callers = new SettableCaller();
    private InMemoryLedgerAdmin ledger;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ledger = new InMemoryLedgerAdmin(callers);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private VerificationView open(Role role) {
        callers.as(new Caller(1, role.name().toLowerCase(Locale.ROOT), Set.of(role), null, Set.of()));
        VerificationView view = new VerificationView(ledger);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void aRunningVerificationShowsItsProgressAndTimeLeftThenTheHistoryGetsIt() {
        VerificationView view = open(Role.AUDITOR);
        assertFalse(view.bar.isVisible(), "nothing runs yet");
        assertEquals(0, _size(view.history));
        assertEquals(VerificationView.POLL_MILLIS, UI.getCurrent().getPollInterval(), "the page polls");

        ledger.progressNow = new Snapshot(
                true,
                true,
                "schedule",
                Instant.parse("2026-12-02T10:00:00Z"),
                250_000,
                1_000_000,
                Duration.ofSeconds(95));
        view.refresh();
        assertTrue(view.bar.isVisible());
        assertEquals(0.25, view.bar.getValue(), 1e-9);
        assertEquals(
                "250,000 of 1,000,000 entries checked, about 1 minute 35 seconds left (started by Schedule)",
                view.progressText.getText());
        assertFalse(view.run.isEnabled(), "one run at a time");

        ledger.progressNow = Snapshot.IDLE;
        view.refresh();
        _click(view.run);
        view.refresh();
        assertEquals(1, ledger.verifications);
        assertEquals(1, _size(view.history));
        assertEquals("auditor", ledger.runs.get(0).trigger(), "the history names who asked");
        assertEquals("Ledger verified: the portal accepts changes.", view.state.getText());
    }

    @Test
    void aFailedRunIsListedWithItsEntryAndTheHoldShows() {
        ledger.nextFailure =
                new Failure(70, Check.PAYLOAD_HASH, "aa", "bb", "stored payload hash vs hash of the payload");
        VerificationView view = open(Role.ADMIN);
        _click(view.run);
        ledger.holdWrites();
        view.refresh();
        var run = _get(view.history, 0);
        assertFalse(run.ok());
        assertEquals(70L, run.failureSeq());
        assertEquals(
                "Integrity hold engaged: the portal refuses changes until verification passes.", view.state.getText());
    }

    @Test
    void onlyAdministratorsAndAuditorsMayStartOrRead() {
        callers.as(new Caller(9, "a.cdr", Set.of(Role.COMMANDER), null, Set.of(1L)));
        assertThrows(AccessDeniedException.class, ledger::startFullVerification);
        assertThrows(AccessDeniedException.class, ledger::progress);
        assertThrows(AccessDeniedException.class, () -> ledger.verificationRuns(0, 10));
        assertEquals(0, ledger.verifications);
    }

    @Test
    void chineseProgressText() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        VerificationView view = open(Role.AUDITOR);
        ledger.progressNow = new Snapshot(true, true, "startup", Instant.now(), 10, 40, Duration.ofSeconds(3));
        view.refresh();
        assertEquals("已核验 10 / 40 个条目，约剩 3 秒（启动者：启动时）", view.progressText.getText());
    }
}
