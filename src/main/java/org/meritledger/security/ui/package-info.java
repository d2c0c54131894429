/** Login page and the user's own password dialog. */
package org.meritledger.security.ui;
