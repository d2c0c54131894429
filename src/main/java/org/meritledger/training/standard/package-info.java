/**
 * Training standards and grading: how a raw result (hits, repetitions, a run time, a drill
 * verdict) becomes a tier or a pass/fail under one version of a standard, and the value types
 * every training concept shares ({@link org.meritledger.training.standard.Attendance},
 * {@link org.meritledger.training.standard.Grade}, {@link org.meritledger.training.standard.Tier},
 * {@link org.meritledger.training.standard.TrainingKind}, raw and result values).
 *
 * <p>The grading classes ({@code Standard} and its three kinds, {@code Grade}, {@code RawValues},
 * {@code StandardCodec}, {@code StandardDrafts}) import no framework, so grading is the same in the
 * live preview, in CSV import, at sign-off and when a ledger entry is replayed. Beside them: the
 * stored versions ({@code StoredStandard}, a JPA entity, and its repositories' interfaces), the
 * shipped standards stored at first start ({@code StandardCatalog}, {@code TrainingStartup}) and
 * their revision by administrators ({@code StandardAdminService}). Sessions and results are in
 * {@code training.session}, corrections in {@code training.correction}.
 */
package org.meritledger.training.standard;
