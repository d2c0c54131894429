/** "Range devices": administrators register and revoke devices; auditors read the list. */
package org.meritledger.devices.ui;
