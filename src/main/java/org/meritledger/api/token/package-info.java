/**
 * Personal API tokens: an account's credentials for the REST API, created on "My API tokens",
 * shown once, stored as SHA-256 hashes, with an expiry, listed and revocable. A token acts with
 * its account's roles and scope, read afresh on every request. The JPA repository is in {@code jpa}.
 */
package org.meritledger.api.token;
