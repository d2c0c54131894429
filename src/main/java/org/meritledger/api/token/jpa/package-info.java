/** JPA implementation of the API token repository. */
package org.meritledger.api.token.jpa;
