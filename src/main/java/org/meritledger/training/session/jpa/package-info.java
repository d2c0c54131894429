/** JPA implementations of the session and result repositories. */
package org.meritledger.training.session.jpa;
