/** JPA implementations of the training repositories. */
package org.meritledger.training.jpa;
