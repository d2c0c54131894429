package org.meritledger.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.meritledger.career.CareerItem;
import org.meritledger.career.CareerService;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.training.mytraining.MyResult;
import org.meritledger.training.mytraining.SoldierResults;

/**
 * Merges a soldier's career events and training results into one timeline, newest first. Access
 * is the underlying services' (each refuses a soldier the caller may not see); this class only
 * orders and pages. A page from {@code offset} needs at most {@code offset + limit} career
 * events from the database; training results per soldier are few and read whole.
 */
@ApplicationScoped
@Transactional
public class ServiceRecordService {

    /** Newest first; on the same day career events come before training results, then newest id first. */
    static final Comparator<TimelineItem> NEWEST_FIRST = Comparator.comparing(TimelineItem::date)
            .reversed()
            .thenComparing(TimelineItem::isTraining)
            .thenComparing(
                    i -> i.isTraining() ? -i.result().resultId() : -i.career().id());

    private CareerService careers;
    private SoldierResults results;
    private SoldierService soldiers;
    private Clock clock;

    protected ServiceRecordService() {}

    @Inject
    public ServiceRecordService(CareerService careers, SoldierResults results, SoldierService soldiers, Clock clock) {
        this.careers = careers;
        this.results = results;
        this.soldiers = soldiers;
        this.clock = clock;
    }

    /** The soldier the record is about (scope-checked). */
    public SoldierRow soldier(long soldierId) {
        return soldiers.get(soldierId);
    }

    public Optional<SoldierRow> me() {
        return soldiers.me();
    }

    public List<TimelineItem> timeline(long soldierId, int offset, int limit) {
        List<TimelineItem> all = new ArrayList<>();
        for (CareerItem c : careers.events(soldierId, 0, offset + limit)) {
            all.add(new TimelineItem(c.effectiveOn(), c, null));
        }
        for (MyResult r : results.of(soldierId)) {
            all.add(new TimelineItem(r.when().atZone(clock.getZone()).toLocalDate(), null, r));
        }
        all.sort(NEWEST_FIRST);
        return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    }

    public long count(long soldierId) {
        return careers.count(soldierId) + results.of(soldierId).size();
    }
}
