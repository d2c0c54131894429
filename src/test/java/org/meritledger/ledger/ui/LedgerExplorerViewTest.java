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
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.explorer.EntryFilter;
import org.meritledger.ledger.explorer.EntrySummary;
import org.meritledger.ledger.explorer.InMemoryEntrySearch;
import org.meritledger.ledger.explorer.LedgerExplorerService;
import org.meritledger.personnel.InMemoryPersonnel.SettableCaller;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;

/** The explorer over the real access rules and filter rule, with entries in memory (Karibu, no server). */
class LedgerExplorerViewTest {

    private final SettableCaller callers = new SettableCaller();
    private InMemoryEntrySearch search;
    private LedgerExplorerService explorer;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        search = new InMemoryEntrySearch(1000);
        explorer = new LedgerExplorerService(callers, search, seq -> {
            EntrySummary s = search.entries.get((int) seq);
            Entry e = new Entry(
                    s.sequence(),
                    s.timestamp(),
                    s.type(),
                    s.actorAccountId(),
                    s.actorRole(),
                    s.subject(),
                    "{\"hits\":40,\"soldier\":3}",
                    new byte[32],
                    new byte[32],
                    new byte[32]);
            return new EntryReceipt(e, null, null, null, null);
        });
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private LedgerExplorerView open(Role role) {
        callers.as(new Caller(1, role.name().toLowerCase(Locale.ROOT), Set.of(role), null, Set.of()));
        LedgerExplorerView view = new LedgerExplorerView(explorer);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void listsEveryEntryNewestFirst() {
        LedgerExplorerView view = open(Role.AUDITOR);
        assertEquals(1000, _size(view.grid));
        assertEquals(999, _get(view.grid, 0).sequence());
        assertEquals(0, _get(view.grid, 999).sequence());
        assertEquals("The portal", view.actorText(_get(view.grid, 999)));
        assertEquals("Account 7 (ADMIN)", view.actorText(_get(view.grid, 0)));
    }

    @Test
    void filtersByTypePrefixSubjectAndSequenceRange() {
        LedgerExplorerView view = open(Role.ADMIN);
        view.type.setValue("training.*");
        view.subject.setValue("soldier:3");
        view.fromSeq.setValue(100);
        view.toSeq.setValue(500);
        _click(view.apply);
        var rows = view.grid.getGenericDataView().getItems().toList();
        assertFalse(rows.isEmpty());
        assertTrue(
                rows.stream()
                        .allMatch(e -> e.type().equals("training.result.signed")
                                && e.subject().equals("soldier:3")
                                && e.sequence() >= 100
                                && e.sequence() <= 500),
                rows.toString());
        assertEquals(
                rows.size(),
                search.entries.stream()
                        .filter(e -> e.type().startsWith("training.")
                                && "soldier:3".equals(e.subject())
                                && e.sequence() >= 100
                                && e.sequence() <= 500)
                        .count());

        _click(view.clear);
        assertEquals(EntryFilter.ALL, view.filter());
        assertEquals(1000, _size(view.grid));
    }

    @Test
    void aBackwardsRangeIsRefusedOnTheFieldAndTheListStays() {
        LedgerExplorerView view = open(Role.AUDITOR);
        view.fromSeq.setValue(900);
        view.toSeq.setValue(10);
        _click(view.apply);
        assertTrue(view.toSeq.isInvalid());
        assertEquals("Must not be below \"From entry\".", view.toSeq.getErrorMessage());
        assertEquals(EntryFilter.ALL, view.filter(), "the last valid filter stays");
        assertEquals(1000, _size(view.grid));
    }

    @Test
    void anEntryOpensWithPayloadHashesCheckpointAndItsRecordsHistory() {
        LedgerExplorerView view = open(Role.AUDITOR);
        view.open(33);
        EntryDetailDialog d = com.github.mvysny.kaributesting.v10.LocatorJ._get(EntryDetailDialog.class);
        assertEquals("Entry 33", d.getHeaderTitle());
        assertTrue(d.payload.getText().contains("\"hits\": 40"), d.payload.getText());
        assertTrue(d.hashes.getText().startsWith("Entry hash 0000"), d.hashes.getText());
        assertTrue(
                d.covering.getText().startsWith("First signed in the checkpoint of 1,000 entries"),
                d.covering.getText());
        assertEquals("No checkpoint to prove inclusion in yet.", d.proofVerdict.getText());
        assertEquals(100, d.history.getGenericDataView().getItems().count(), "soldier:3 has 100 entries");
    }

    @Test
    void soldiersAndCommandersAreRefusedByTheService() {
        callers.as(new Caller(5, "mr-100003", Set.of(Role.SOLDIER), 3L, Set.of()));
        assertThrows(AccessDeniedException.class, () -> explorer.entries(EntryFilter.ALL, 0, 10));
        callers.as(new Caller(6, "a.cdr", Set.of(Role.COMMANDER), null, Set.of(1L)));
        assertThrows(AccessDeniedException.class, () -> explorer.entry(1));
    }

    @Test
    void chineseTextsExist() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        LedgerExplorerView view = open(Role.AUDITOR);
        assertEquals("账本浏览", view.getPageTitle());
    }
}
