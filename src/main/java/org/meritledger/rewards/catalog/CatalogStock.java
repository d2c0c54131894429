package org.meritledger.rewards.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.meritledger.base.InvalidInputException;

/**
 * Stock for redemption requests, in the requesting feature's transaction. The item row is the
 * stock row: {@link #lock} takes the same row lock as every catalog change, so simultaneous
 * requests on any node queue on the item and stock never goes below zero. Taking or giving back
 * a unit of a limited stock is a revision like any other (item row, version row, ledger entry,
 * an UPDATED change of the stock made by the requester or the decider), so the history shows
 * every unit and verification covers it; an unlimited item is not revised. Who may request is the calling feature's check.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CatalogStock {

    private CatalogItems items;
    private CatalogVersions versions;
    private CatalogLedger ledger;
    private Clock clock;

    protected CatalogStock() {}

    @Inject
    public CatalogStock(CatalogItems items, CatalogVersions versions, CatalogLedger ledger, Clock clock) {
        this.items = items;
        this.versions = versions;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The item, locked until the transaction ends. */
    public Optional<CatalogItem> lock(long itemId) {
        return items.lockForChange(itemId);
    }

    /**
     * The item for a new request, locked until the transaction ends: exclusively when its stock
     * is limited (a unit will be taken, so requests queue), shared when it is not, so that many
     * soldiers requesting the same unlimited item do not wait for each other; a change of the
     * item (price included) still waits for them, and the price they hold is the one in force.
     * If the item turns out limited once locked (changed since it was read), the lock is made
     * exclusive: the rare case in which two such requests can deadlock, which the database
     * resolves by refusing one of them.
     */
    public Optional<CatalogItem> lockForRequest(long itemId) {
        Optional<CatalogItem> seen = items.find(itemId);
        if (seen.isEmpty() || seen.get().terms().stock() != null) {
            return items.lockForChange(itemId);
        }
        Optional<CatalogItem> shared = items.lockShared(itemId);
        if (shared.isPresent() && shared.get().terms().stock() != null) {
            return items.lockForChange(itemId);
        }
        return shared;
    }

    /**
     * Takes one unit of a locked item's stock.
     *
     * @return whether a unit was taken: false for an unlimited item (nothing to give back later)
     */
    public boolean take(CatalogItem item, Long by) {
        Integer stock = item.terms().stock();
        if (stock == null) {
            return false;
        }
        if (stock <= 0) {
            throw new InvalidInputException(null, "validation.redemption.outOfStock");
        }
        revise(item, stock - 1, ChangeKind.UPDATED, by);
        return true;
    }

    /**
     * Gives back one unit taken by {@link #take}. If an administrator has made the item unlimited
     * meanwhile there is nothing to give back to.
     */
    public void giveBack(long itemId, Long by) {
        CatalogItem item = items.lockForChange(itemId).orElseThrow();
        Integer stock = item.terms().stock();
        if (stock != null) {
            revise(item, Math.min(stock + 1, CatalogRules.STOCK_MAX), ChangeKind.UPDATED, by);
        }
    }

    private void revise(CatalogItem item, int stock, ChangeKind kind, Long by) {
        // an editor that opened the item before this revision is told "changed meanwhile" and
        // reloads: the stock it shows would otherwise give the unit back or take it twice
        item.revise(item.terms().withStock(stock));
        CatalogItem saved = items.store(item);
        long seq = ledger.item(kind, saved);
        versions.add(new CatalogItemVersion(saved, kind, by, clock.instant(), seq));
    }
}
