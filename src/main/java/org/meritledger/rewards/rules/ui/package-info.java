/** The "Award rules" page: the rules with how often each fired, their versions, and the rule form. */
package org.meritledger.rewards.rules.ui;
