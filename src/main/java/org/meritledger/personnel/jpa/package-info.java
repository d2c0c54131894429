/** JPA implementations of the personnel repositories; nothing else in the feature touches the EntityManager. */
package org.meritledger.personnel.jpa;
