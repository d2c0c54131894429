/**
 * The service record: one soldier's career events ({@code career}) and training results
 * ({@code training.mytraining}) merged into a single timeline, newest first. Reads only;
 * recording goes through {@code CareerService} and the training services, which check access
 * themselves.
 */
package org.meritledger.record;
