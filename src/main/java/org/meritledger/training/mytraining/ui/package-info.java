/** The "My training" page: results with tier badges, trend charts and the receipt dialog (with its JSON download). */
package org.meritledger.training.mytraining.ui;
