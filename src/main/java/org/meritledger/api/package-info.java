/**
 * The REST API under {@code /api/v1}: the Jakarta REST application, its resources (thin: they
 * parse and call application services, which check role and scope), RFC 9457 problem details for
 * every error, the request size limit and rate limit, and the MicroProfile OpenAPI description.
 * Personal API tokens are in {@code api.token}. No domain logic lives here; range devices are
 * their own feature ({@code org.meritledger.devices}) and only expose their endpoint here.
 */
package org.meritledger.api;
