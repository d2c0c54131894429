/**
 * What training tells other features happened, as synchronous CDI events fired inside the
 * transaction that made the change: an observer (e.g. automatic award rules) writes in the same
 * transaction, so its records and the training records commit or roll back together. The events
 * are records of ids and values, never managed entities, so an observer cannot change training's
 * rows through them. Training does not know who listens.
 */
package org.meritledger.training.events;
