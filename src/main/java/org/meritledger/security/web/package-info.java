/**
 * What every HTTP response of the portal carries, whatever produced it (Vaadin, the export
 * servlet, the REST API, the server's health endpoint, an error page): security headers, a
 * Content-Security-Policy with a per-request script nonce, {@code SameSite} on cookies, the login
 * form's origin check, and the guarded health and metrics endpoints. Nothing here knows a feature.
 */
package org.meritledger.security.web;
