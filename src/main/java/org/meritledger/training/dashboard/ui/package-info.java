/** The unit dashboard page: charts with their data as tables, the requalification list and open drafts. */
package org.meritledger.training.dashboard.ui;
