package org.meritledger.training;

import java.util.List;

/** A session with its standard and every participant's line. */
public record SessionDetail(SessionSummary summary, Standard standard, List<SheetLine> lines) {}
