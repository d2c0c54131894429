package org.meritledger.training.session;

import java.util.List;
import org.meritledger.training.standard.Standard;

/** A session with its standard and every participant's line. */
public record SessionDetail(SessionSummary summary, Standard standard, List<SheetLine> lines) {}
