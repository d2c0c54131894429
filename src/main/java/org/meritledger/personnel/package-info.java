/**
 * Units (any depth), soldiers, user accounts, roles and command assignments, with the
 * application services that views call, personnel's side of the ledger and the demo data. Scope
 * rules live here ({@code PersonnelScope}): a commander reaches the units they command and
 * everything below them; a soldier reaches only themself. Career events of a soldier are
 * {@code career}'s.
 */
package org.meritledger.personnel;
