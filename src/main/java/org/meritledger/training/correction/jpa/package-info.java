/** JPA implementation of the corrections repository (corrections, decisions, pending approvals in a unit set). */
package org.meritledger.training.correction.jpa;
