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
    void aCorrectedResultsReceiptCoversTheCorrectionAndItsApprovalAndProvesTheCorrectedValue() {
        t.p.soldierCaller(baker);
        MyResult r = t.mine.myResults().get(0);
        t.p.commanderOf(t.p.aCoy, null);
        // 12 -> 24 hits: Unqualified -> Marksman, a tier change, so a second commander approves
        long c = t.correctionService.correct(r.resultId(), Attendance.PRESENT, Map.of("hits", "24"), "Lane recount");
        t.p.callers.as(new org.meritledger.security.Caller(
                9,
                "cdr2",
                java.util.Set.of(org.meritledger.security.Role.COMMANDER),
                null,
                java.util.Set.of(t.p.aCoy.getId())));
        t.correctionService.approve(c);
        t.p.soldierCaller(baker);

        ResultReceipt receipt = mine.receipt(r.resultId());
        assertTrue(receipt.corrected());
        assertEquals(
                List.of(ResultReceipt.Role.CORRECTED, ResultReceipt.Role.APPROVED),
                receipt.corrections().stream().map(ResultReceipt.Link::role).toList());
        assertTrue(receipt.verified(), receipt.toString());
        assertEquals(
                org.meritledger.training.standard.Tier.MARKSMAN,
                receipt.proves().tier(),
                "proves what counts now");
        assertEquals("24", receipt.proves().raw().get("hits"));
        assertEquals(
                "correction:" + c, receipt.corrections().get(1).ledger().entry().subject());

        // the chain as one document: every receipt in it checks out on its own, offline
        Object parsed = org.meritledger.ledger.core.jcs.JsonParser.parse(receipt.chainJson());
        Map<?, ?> chain = (Map<?, ?>) parsed;
        assertEquals(ResultReceipt.CHAIN_FORMAT, chain.get("format"));
        assertEquals("result:" + r.resultId(), chain.get("subject"));
        List<?> inside = (List<?>) chain.get("receipts");
        assertEquals(3, inside.size());
        for (Object one : inside) {
            org.meritledger.ledger.core.receipt.Receipt each = org.meritledger.ledger.core.receipt.Receipt.parse(
                    org.meritledger.ledger.core.jcs.Jcs.canonicalize(one));
            assertTrue(org.meritledger.ledger.core.receipt.ReceiptVerifier.verify(
                            each, org.meritledger.ledger.core.note.NoteVerifier.parse(each.verifierKey()))
                    .verified());
        }

        // the approval's entry changed behind the chain's back: the receipt no longer vouches, and says where
        long approval = receipt.corrections().get(1).ledger().sequence();
        receipts.alterPayload(
                approval, receipts.entry(approval).payload().replace("\"approved\":true", "\"approved\":false"));
        ResultReceipt altered = mine.receipt(r.resultId());
        assertFalse(altered.verified());
        assertEquals(ResultReceipt.Role.APPROVED, altered.firstFailure().role());
    }

    @Test
    void aCorrectionThatKeepsTheTierIsProvenByItsOwnEntry() {
        t.p.soldierCaller(able);
        MyResult r = t.mine.myResults().get(0);
        t.p.commanderOf(t.p.aCoy, null);
        t.correctionService.correct(r.resultId(), Attendance.PRESENT, Map.of("hits", "37"), "Recount");
        t.p.soldierCaller(able);
        ResultReceipt receipt = mine.receipt(r.resultId());
        assertEquals(
                List.of(ResultReceipt.Role.CORRECTED),
                receipt.corrections().stream().map(ResultReceipt.Link::role).toList());
        assertTrue(receipt.verified());
        assertEquals("37", receipt.proves().raw().get("hits"));
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
