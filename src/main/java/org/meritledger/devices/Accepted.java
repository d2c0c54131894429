package org.meritledger.devices;

/** What an accepted device result became: its submission, the session line it filled, its ledger entry. */
public record Accepted(long submissionId, long sessionId, long resultId, long ledgerSeq) {}
