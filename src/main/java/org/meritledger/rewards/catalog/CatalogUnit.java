package org.meritledger.rewards.catalog;

/** A unit an item can be shown to (with everything below it), for the editor's choice. */
public record CatalogUnit(long id, String path) {}
