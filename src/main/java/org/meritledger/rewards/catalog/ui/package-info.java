/**
 * The catalog's pages: administrators' (and auditors' read-only) "Reward catalog" with its lazy
 * grid, editor dialog and item history, and the soldiers' "Catalog" of cards. Each declares its
 * own menu entry; they call {@code CatalogService} only.
 */
package org.meritledger.rewards.catalog.ui;
