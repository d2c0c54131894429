/**
 * Service record pages: a soldier's own ("my-record") and a commander's view of one soldier, both
 * on {@code ServiceRecordPanel}, which opens career's dialogs to record or withdraw an event.
 */
package org.meritledger.record.ui;
