/** Commanders award and deduct tokens for soldiers of their command (one or many at once); awards take from the commander's budget. */
package org.meritledger.rewards.award;
