package org.meritledger.record;

import java.time.LocalDate;
import org.meritledger.career.CareerItem;
import org.meritledger.training.mytraining.MyResult;

/** One line of the service record: either a career event or a training result, never both. */
public record TimelineItem(LocalDate date, CareerItem career, MyResult result) {

    public boolean isTraining() {
        return result != null;
    }
}
