package org.meritledger.rewards.catalog.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How a version row that disagrees with the entry it names is described (and so named in the failure). */
class CatalogMirrorTest {

    private static final String S = "catalog-item:12";
    private static final String TYPE = "rewards.catalog.item.updated";

    @Test
    void aVersionThatMatchesItsEntryHasNoProblem() {
        assertNull(CatalogMirror.versionProblem(S, 2, 2, TYPE, 530, "{state}", S, TYPE, "{state}"));
    }

    @Test
    void eachKindOfDisagreementIsNamed() {
        assertEquals(
                "catalog-item:12: revision 2 is missing from its history",
                CatalogMirror.versionProblem(S, 3, 2, TYPE, 530, "{state}", S, TYPE, "{state}"));
        assertEquals(
                "catalog-item:12 revision 2 names ledger entry 530, which is about soldier:4",
                CatalogMirror.versionProblem(S, 2, 2, TYPE, 530, "{state}", "soldier:4", TYPE, "{state}"));
        assertEquals(
                "catalog-item:12 revision 2 names ledger entry 530, which is about null",
                CatalogMirror.versionProblem(S, 2, 2, TYPE, 530, "{state}", null, null, null),
                "an entry that does not exist");
        assertEquals(
                "catalog-item:12 revision 2 names ledger entry 530 of type rewards.catalog.item.retired, not " + TYPE,
                CatalogMirror.versionProblem(
                        S, 2, 2, TYPE, 530, "{state}", S, "rewards.catalog.item.retired", "{state}"));
        assertEquals(
                "catalog-item:12 revision 2 differs from ledger entry 530",
                CatalogMirror.versionProblem(S, 2, 2, TYPE, 530, "{state}", S, TYPE, "{other}"));
    }
}
