/**
 * Cross-cutting plumbing every feature uses: the data source, schema migration at start-up, the
 * clock producer, paging, the exceptions services throw at their boundary (invalid input, access
 * denied, not found) and {@code Checks}, which collects a draft's problems before a service
 * writes. Health checks are in {@code base.health}, the UI shell in {@code base.ui}. No feature
 * logic lives here.
 */
package org.meritledger.base;
