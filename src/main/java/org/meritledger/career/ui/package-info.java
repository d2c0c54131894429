/** The dialogs that record a career event and withdraw one, opened from a soldier's service record. */
package org.meritledger.career.ui;
