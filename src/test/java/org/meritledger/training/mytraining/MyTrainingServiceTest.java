package org.meritledger.training.mytraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.core.receipt.ReceiptCheck;
import org.meritledger.personnel.Soldier;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.standard.Attendance;

/** Receipts of one's own results: entry number from sign-off, verified, refused to anyone else. */
class MyTrainingServiceTest {

    private InMemoryTraining t;
    private InMemoryReceipts receipts;
    private MyTrainingService mine;
    private Soldier able;
    private Soldier baker;

    @BeforeEach
    void setUp() {
        t = new InMemoryTraining();
        receipts = t.receipts;
        mine = t.mine;
        able = t.p.soldier("MR-1", "Able", t.p.a1);
        baker = t.p.soldier("MR-2", "Baker", t.p.a1);
        t.catalog.seedShipped();
        long rifle = t.standards.current("rifle-qualification").orElseThrow().getId();
        t.p.commanderOf(t.p.aCoy, null);
        long id = t.service.create(new SessionDraft(
                rifle, t.p.a1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range 3", "CPT Zhang"));
        t.service.saveDraft(
                id,
                List.of(
                        new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "36")),
                        new SessionService.LineInput(baker.getId(), Attendance.PRESENT, Map.of("hits", "12"))));
        t.service.signOff(id);
    }

    @Test
    void aSignedResultNamesItsEntryAndItsReceiptVerifies() {
        t.p.soldierCaller(able);
        MyResult r = t.mine.myResults().get(0);
        assertEquals(
                "result:" + r.resultId(),
                receipts.entry(r.ledgerSeq()).subject(),
                "sign-off stored the entry's number");
        ResultReceipt receipt = mine.receipt(r.resultId());
        assertTrue(receipt.verified(), receipt.toString());
        assertTrue(receipt.recordsThisResult());

        receipts.alterPayload(
                r.ledgerSeq(), receipts.entry(r.ledgerSeq()).payload().replace("EXPERT", "MARKSMAN"));
        ResultReceipt altered = mine.receipt(r.resultId());
        assertFalse(altered.verified());
        assertFalse(altered.recordsThisResult(), "the altered entry no longer records the row");
        assertEquals(ReceiptCheck.Step.PAYLOAD_HASH, altered.ledger().check().failedStep());
    }

    @Test
    void anotherSoldiersResultIsNotFound() {
        t.p.soldierCaller(able);
        long ables = t.mine.myResults().get(0).resultId();
        t.p.soldierCaller(baker);
        assertThrows(NotFoundException.class, () -> mine.receipt(ables));
        t.p.commanderOf(t.p.aCoy, null);
        assertThrows(NotFoundException.class, () -> mine.receipt(ables));
        assertThrows(NotFoundException.class, () -> mine.receipt(999_999));
    }
}
