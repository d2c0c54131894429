/** Redemption screens: the Request button on the catalog's cards, "My requests" and "Requests". */
package org.meritledger.rewards.redemption.ui;
