package org.meritledger.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.ledger.LedgerState;
import org.meritledger.ledger.ReceiptService;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.cosign.CosignerKey;
import org.meritledger.ledger.core.export.MemoryLog;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;
import org.meritledger.ledger.receipts.PublicReceiptCheck;
import org.meritledger.ledger.witness.CosignedCheckpoints;
import org.meritledger.ledger.witness.WitnessSettings;

/**
 * The public receipt page (Karibu-Testing) with the real check over a ledger built in memory:
 * a genuine cosigned receipt is valid; tampered ones and a rewritten ledger are not, each with
 * its reason in plain words, in English and in Chinese.
 */
class ReceiptCheckViewTest {

    private final MemoryLog log = new MemoryLog("test.local/ledger").grow(20);
    private final Cosigner witness = new Cosigner("witness.example/w1", Suites.ED25519_SHA256.generateKeyPair());
    /** What "today's ledger" is for the page: the genuine one, or a rewrite. */
    private MemoryLog today = log;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        log.checkpoint();
        log.cosignLatest(witness, 1_767_300_000L);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private ReceiptCheckView open() {
        LedgerState state = new LedgerState() {
            @Override
            public Suite suite() {
                return log.suite;
            }

            @Override
            public String origin() {
                return log.origin;
            }
        };
        ReceiptService receipts = new ReceiptService() {
            @Override
            public NoteVerifier keyInEffectAt(long size) {
                return log.key().verifier();
            }
        };
        CosignedCheckpoints checkpoints = new CosignedCheckpoints() {
            @Override
            public Optional<View> latest() {
                long n = today.size();
                return Optional.of(new View(1, n, today.signedCheckpoint(n), MemoryLog.T0, List.of(), false));
            }

            @Override
            public List<byte[]> consistencyProof(long size1, long size2) {
                return today.consistency(size1, size2);
            }
        };
        WitnessSettings witnesses = new WitnessSettings() {
            @Override
            public List<CosignerKey> witnessKeys() {
                return List.of(witness.key());
            }
        };
        ReceiptCheckView view = new ReceiptCheckView(new PublicReceiptCheck(state, receipts, checkpoints, witnesses));
        UI.getCurrent().add(view);
        return view;
    }

    private ReceiptCheckView check(String json) {
        ReceiptCheckView view = open();
        view.json.setValue(json);
        _click(view.check);
        return view;
    }

    @Test
    void genuineReceiptIsValidAndStillInTodaysLedger() {
        log.grow(35); // the ledger grew since the receipt was issued
        ReceiptCheckView view = check(log.receipt(7).toJson().replace("\"tlogProof\"", " \"tlogProof\""));
        assertEquals("Valid", view.verdict.getText());
        assertTrue(view.reason.getText().contains("in the signed ledger of 20 entries"), view.reason.getText());
        assertTrue(view.reason.getText().contains("today's ledger of 35 entries"), view.reason.getText());
        assertTrue(view.witnesses.getText().startsWith("One witness cosigned"), view.witnesses.getText());
        assertTrue(view.facts.getText().startsWith("Entry 7: training.result.signed"), view.facts.getText());
    }

    @Test
    void editedReceiptIsNotValidAndSaysWhy() {
        ReceiptCheckView view = check(log.receipt(7).toJson().replace("Soldier 7", "Soldier 8"));
        assertEquals("Not valid", view.verdict.getText());
        assertEquals("The recorded content was changed: it no longer matches its hash.", view.reason.getText());
        assertTrue(view.detail.getText().startsWith("Technical detail: expected "), view.detail.getText());
    }

    @Test
    void receiptWithAStrangersCosignature() {
        Receipt r = log.receipt(7);
        Cosigner stranger = new Cosigner("stranger.example/w", Suites.ED25519_SHA256.generateKeyPair());
        String body = r.proof()
                .signedCheckpoint()
                .substring(0, r.proof().signedCheckpoint().indexOf("\n\n") + 1);
        Receipt extra = new Receipt(
                r.suiteId(),
                r.origin(),
                r.entry(),
                new org.meritledger.ledger.core.checkpoint.TlogProof(
                        null,
                        7,
                        r.proof().proof(),
                        r.proof().signedCheckpoint() + stranger.cosign(body, 1).line()),
                r.verifierKey());
        ReceiptCheckView view = check(extra.toJson());
        assertEquals(
                "The checkpoint carries a cosignature from a witness this portal does not know.",
                view.reason.getText());
    }

    @Test
    void rewrittenLedgerIsCaughtByTheConsistencyProof() {
        MemoryLog rewritten = new MemoryLog(log.origin, log.key());
        rewritten.tier = "MARKSMAN";
        today = rewritten.grow(30);
        ReceiptCheckView view = check(log.receipt(7).toJson());
        assertEquals("Not valid", view.verdict.getText());
        assertTrue(view.reason.getText().contains("history has been rewritten"), view.reason.getText());
    }

    @Test
    void notAReceiptAndEmptyInput() {
        assertEquals("Paste or upload a receipt first.", check("  ").reason.getText());
        assertTrue(check("{\"hello\":1}").reason.getText().startsWith("This is not a Merit Ledger receipt"));
    }

    @Test
    void chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        ReceiptCheckView view = check(log.receipt(3).toJson());
        assertEquals("有效", view.verdict.getText());
        assertTrue(view.reason.getText().contains("仍原样包含该检查点"), view.reason.getText());
        ReceiptCheckView bad = check(log.receipt(3).toJson().replace("Soldier 3", "Soldier 4"));
        assertEquals("无效", bad.verdict.getText());
        assertEquals("记录内容已被修改，与其哈希不再一致。", bad.reason.getText());
    }
}
