/** The managed list of award and deduction categories: administrators add, rename and retire them; every change is a ledger entry. */
package org.meritledger.rewards.category;
