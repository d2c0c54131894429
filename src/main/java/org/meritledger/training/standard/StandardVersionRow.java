package org.meritledger.training.standard;

import java.time.Instant;
import java.util.List;

/**
 * One version of a standard as the administrators' page shows it: when it was made, by whom
 * ({@code null}: the system, for the shipped version 1), what changed from the version before
 * and why ({@code reason}, null for a shipped version).
 */
public record StandardVersionRow(
        long id,
        String code,
        int version,
        TrainingKind kind,
        Instant createdAt,
        String createdBy,
        List<StandardDrafts.Change> changes,
        String reason) {}
