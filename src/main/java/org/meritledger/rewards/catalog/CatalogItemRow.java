package org.meritledger.rewards.catalog;

/**
 * An item as the catalog pages show it: its current terms and revision (an edit names the
 * revision it started from) and, when it is shown to one unit's subtree only, that unit's path.
 */
public record CatalogItemRow(long id, int revision, CatalogTerms terms, String visibleUnitPath) {}
