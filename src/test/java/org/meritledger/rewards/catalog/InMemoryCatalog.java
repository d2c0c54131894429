package org.meritledger.rewards.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.InMemoryPersonnel;

/**
 * The catalog service over in-memory repositories, on the in-memory battalion of {@link
 * InMemoryPersonnel} (its settable caller, clock and recording ledger), for plain JUnit and
 * Karibu view tests. Locks and the database's constraints are the Arquillian test's business.
 */
public final class InMemoryCatalog {

    public final InMemoryPersonnel p;
    public final MemItems items = new MemItems();
    public final MemVersions versions = new MemVersions();
    public final CatalogService service;

    public InMemoryCatalog(InMemoryPersonnel p) {
        this(p, p.guard);
    }

    /** With another integrity guard, e.g. one held by {@code InMemoryLedgerAdmin.holdWrites()}. */
    public InMemoryCatalog(InMemoryPersonnel p, org.meritledger.ledger.IntegrityGuard guard) {
        this.p = p;
        this.service = new CatalogService(
                items,
                versions,
                p.soldiers,
                p.accounts,
                p.scope,
                p.callers,
                new CatalogLedger(guard, p.append),
                p.clock);
    }

    /** A valid draft: 40 tokens, unlimited, no limit, shown to everyone. */
    public static CatalogDraft draft(String name) {
        return new CatalogDraft(name, name + " 中文", "", "", 40, null, null, null, null, false);
    }

    public static final class MemItems implements CatalogItems {
        public final Map<Long, CatalogItem> rows = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong(500);

        @Override
        public Optional<CatalogItem> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<CatalogItem> lockForChange(long id) {
            return find(id);
        }

        @Override
        public CatalogItem store(CatalogItem item) {
            if (item.getId() == null) {
                item.assignId(ids.incrementAndGet());
            }
            rows.put(item.getId(), item);
            return item;
        }

        @Override
        public List<CatalogItem> page(boolean includeRetired, PageRequest page) {
            Comparator<CatalogItem> order = "tokenCost".equals(page.sortProperty())
                    ? Comparator.comparingInt(i -> i.terms().tokenCost())
                    : Comparator.comparing(i -> i.terms().nameEn().toLowerCase());
            if (!page.ascending()) {
                order = order.reversed();
            }
            return rows.values().stream()
                    .filter(i -> includeRetired || i.isActive())
                    .sorted(order.thenComparing(CatalogItem::getId))
                    .skip(page.offset())
                    .limit(page.limit())
                    .toList();
        }

        @Override
        public long count(boolean includeRetired) {
            return rows.values().stream()
                    .filter(i -> includeRetired || i.isActive())
                    .count();
        }

        @Override
        public List<CatalogItem> offeredTo(Collection<Long> roots, int limit) {
            return rows.values().stream()
                    .filter(CatalogItem::isActive)
                    .filter(i -> i.terms().visibleUnitId() == null
                            || roots.contains(i.terms().visibleUnitId()))
                    .sorted(Comparator.comparingInt((CatalogItem i) -> i.terms().tokenCost())
                            .thenComparing(i -> i.terms().nameEn().toLowerCase()))
                    .limit(limit)
                    .toList();
        }
    }

    public static final class MemVersions implements CatalogVersions {
        public final List<CatalogItemVersion> rows = new ArrayList<>();

        @Override
        public CatalogItemVersion add(CatalogItemVersion version) {
            rows.add(version);
            return version;
        }

        @Override
        public List<CatalogItemVersion> ofItem(long itemId) {
            return rows.stream()
                    .filter(v -> v.getItemId() == itemId)
                    .sorted(Comparator.comparingInt(CatalogItemVersion::getRevision)
                            .reversed())
                    .toList();
        }
    }
}
