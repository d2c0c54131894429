/**
 * Appeals of deductions: the soldier appeals once, with a text, within the window; a commander
 * above the deducting one in the unit chain, or an administrator, upholds or reverses it (a
 * reversal is a linked REVERSAL movement). Never decided by the deducting commander.
 */
package org.meritledger.rewards.appeal;
