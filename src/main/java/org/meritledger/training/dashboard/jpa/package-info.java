/** The dashboard's figures as database queries over signed results and sessions (counted and paged in SQL). */
package org.meritledger.training.dashboard.jpa;
