/**
 * The standalone command-line verifier ({@code target/merit-verifier.jar}): checks an export of
 * the whole ledger or a single receipt against keys the user trusts, without the portal. Imports
 * nothing but {@code java.*} and the pure ledger core (which brings Bouncy Castle), so the jar
 * holds only those; a test enforces it.
 */
package org.meritledger.verifier;
