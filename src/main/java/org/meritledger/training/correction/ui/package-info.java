/**
 * The Correct and History dialogs (opened from a signed-off session's page) and "Pending
 * corrections", where a second person approves or rejects a correction that changes a tier.
 */
package org.meritledger.training.correction.ui;
