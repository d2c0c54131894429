/**
 * Cross-cutting plumbing every feature uses: the data source, schema migration, clock,
 * configuration, health checks and the exceptions services throw at their boundary.
 * No feature logic lives here.
 */
package org.meritledger.base;
