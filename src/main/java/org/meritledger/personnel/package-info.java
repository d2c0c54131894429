/**
 * Units (any depth), soldiers, user accounts, roles and command assignments, with the
 * application services that views call. Scope rules live here: a commander reaches the units
 * they command and everything below them; a soldier reaches only themself.
 */
package org.meritledger.personnel;
