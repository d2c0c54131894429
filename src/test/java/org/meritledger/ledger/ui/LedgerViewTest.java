package org.meritledger.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.ledger.InMemoryLedgerAdmin;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.personnel.InMemoryPersonnel.SettableCaller;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;

/** The ledger page over the real access rules and an in-memory ledger (Karibu-Testing, no server). */
class LedgerViewTest {

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

    private LedgerView open(Role role) {
        callers.as(new Caller(1, role.name().toLowerCase(Locale.ROOT), Set.of(role), null, Set.of()));
        LedgerView view = new LedgerView(ledger, callers);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void showsSizeCheckpointNoteAndKeys() {
        LedgerView view = open(Role.AUDITOR);
        assertEquals("Tree size: 120 entries", view.size.getText());
        assertTrue(view.checkpoint.getValue().startsWith("test.local/ledger\n120\n"), view.checkpoint.getValue());
        assertTrue(view.checkpoint.getValue().contains("\n\u2014 test.local/ledger "), "signature line present");
        assertTrue(view.checkpoint.isReadOnly());
        assertEquals(1, view.shownKeys().size());
        assertEquals("This node has not verified the ledger since it started.", view.verification.getText());
    }

    @Test
    void auditorVerifiesButCannotRotate() {
        LedgerView view = open(Role.AUDITOR);
        assertFalse(view.rotate.isVisible());
        _click(view.verify);
        assertEquals(1, ledger.verifications);
        assertEquals("OK at 2026-11-21 10:05:00 UTC: 120 entries checked (full, 12 ms).", view.verification.getText());
        // hidden is not enough: the service refuses too
        assertThrows(AccessDeniedException.class, ledger::rotateKey);
        assertEquals(1, ledger.keys().size());
    }

    @Test
    void aFailedVerificationShowsTheFailure() {
        LedgerView view = open(Role.ADMIN);
        ledger.nextFailure = new Failure(42, Check.ENTRY_HASH, "aa", "bb", "stored vs computed");
        _click(view.verify);
        assertTrue(
                view.verification.getText().startsWith("FAILED at 2026-11-21 10:05:00 UTC: "),
                view.verification.getText());
        assertTrue(view.verification.getText().contains("42"), view.verification.getText());
        assertTrue(view.verification.getText().contains("ENTRY_HASH"), view.verification.getText());
    }

    @Test
    void adminRotatesAfterConfirming() {
        LedgerView view = open(Role.ADMIN);
        assertTrue(view.rotate.isVisible());
        _click(view.rotate);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("ledger-rotate-confirm"));
        assertEquals("Rotate the checkpoint signing key?", ConfirmDialogKt.getHeader(confirm));
        assertEquals(1, ledger.keys().size(), "nothing happens before confirming");
        ConfirmDialogKt._fireConfirm(confirm);
        assertEquals(2, ledger.keys().size());
        assertEquals(2, view.shownKeys().size());
        String newId = ledger.keys().get(1).keyId();
        assertTrue(view.checkpointCaption.getText().contains(newId), view.checkpointCaption.getText());
        NotificationsKt.expectNotifications("New signing key " + newId + " signs every checkpoint from entry 120 on.");
    }

    @Test
    void cancellingTheDialogRotatesNothing() {
        LedgerView view = open(Role.ADMIN);
        _click(view.rotate);
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("ledger-rotate-confirm")));
        assertEquals(1, ledger.keys().size());
    }

    @Test
    void rotationIsRefusedUnderAnIntegrityHold() {
        LedgerView view = open(Role.ADMIN);
        ledger.holdWrites();
        _click(view.rotate);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("ledger-rotate-confirm")));
        assertEquals(1, ledger.keys().size());
        assertEquals(1, NotificationsKt.getNotifications().size(), "the refusal is shown");
    }
}
