/** JPA repository of career events, and their ledger mirror (every row read back in plain SQL for verification). */
package org.meritledger.career.jpa;
