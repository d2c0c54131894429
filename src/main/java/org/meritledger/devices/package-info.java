/**
 * Range devices: equipment registered by administrators (unit, range, lane, Ed25519 key, the
 * training types it may submit) that submits shooting results itself, signed over RFC 8785
 * canonical JSON. Registration, revocation and every accepted result are ledger entries; an
 * accepted result joins its unit's draft session of the day through the {@link DraftLines} port,
 * which training implements. The REST endpoint is in {@code rest}, the admin page in {@code ui},
 * the JPA repositories and ledger mirrors in {@code jpa}, the device simulator in {@code simulator}.
 */
package org.meritledger.devices;
