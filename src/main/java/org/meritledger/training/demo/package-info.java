/**
 * The demo battalion's training history, entered at first start in demo mode through the real
 * session and correction services on behalf of the platoon leaders.
 */
package org.meritledger.training.demo;
