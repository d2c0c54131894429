/** "My API tokens": the page where every account creates, lists and revokes its personal API tokens. */
package org.meritledger.api.token.ui;
