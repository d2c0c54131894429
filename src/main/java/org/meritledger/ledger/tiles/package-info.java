/**
 * The ledger's Merkle tree and entries served in the C2SP tlog-tiles layout under {@code /log/}
 * (docs/ledger.md "The log as tiles"): the path grammar and tile contents ({@link TilePath},
 * {@link Tiles}, pure), the access-checked service and the servlet with its caching headers.
 */
package org.meritledger.ledger.tiles;
