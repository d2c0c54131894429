/**
 * Career events of a soldier: transfer, promotion, mission, performance report and the
 * withdrawal of one recorded in error. {@code CareerRules} checks a draft against the soldier as
 * they are now without any framework; {@code CareerService} records it (a transfer or promotion
 * changes the soldier through personnel's {@code SoldierService} in the same transaction) and
 * {@code CareerLedger} puts one entry per event on the ledger. {@code CareerEntry} is the
 * append-only JPA entity, {@code CareerItem} the read model screens get. Units, soldiers and
 * accounts themselves are {@code personnel}'s; the merged timeline is {@code record}'s.
 */
package org.meritledger.career;
