/** Service record pages: a soldier's own ("my-record") and a commander's view of one soldier. */
package org.meritledger.record.ui;
