/** JPA repository of range devices and their submissions, and the ledger mirrors that let verification compare both tables with the ledger. */
package org.meritledger.devices.jpa;
