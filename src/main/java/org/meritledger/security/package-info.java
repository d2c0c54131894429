/**
 * Who the caller is and what they may do: accounts' password hashing (Argon2id), the database
 * identity store and HTTP authentication mechanism behind the login view, lockout, and the
 * {@link org.meritledger.security.CallerProvider} that every service asks before it acts.
 */
package org.meritledger.security;
