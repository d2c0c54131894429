/** JPA implementations of the standards' repositories (versions by id, the current version per code, history). */
package org.meritledger.training.standard.jpa;
