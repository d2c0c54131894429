/**
 * The reward catalog: what soldiers may exchange their tokens for. Administrators manage items
 * ({@code CatalogService}); {@code CatalogRules} checks a draft without any framework and
 * {@code CatalogTerms} is the item's state as a value; {@code CatalogLedger} puts every change on
 * the ledger ({@code CatalogStates} builds the payload, which verification rebuilds from the
 * rows). {@code CatalogItem} is the current row, {@code CatalogItemVersion} the append-only
 * history. Screens get read models ({@code CatalogItemRow}, {@code CatalogCard},
 * {@code CatalogVersionRow}), never entities. Token movements, balances and budgets are not here;
 * requests (holds, stock reservation, approval) will build on this package and lock an item with
 * {@code CatalogItems.lockForChange} before taking from its stock.
 */
package org.meritledger.rewards.catalog;
