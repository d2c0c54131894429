/**
 * Plain servlet pages of the portal shell, for what happens outside Vaadin's UI: the error page
 * that web.xml sends every unhandled error and 404 to.
 */
package org.meritledger.base.web;
