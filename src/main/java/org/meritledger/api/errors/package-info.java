/**
 * Exception mappers: each of the project's base exceptions, the REST runtime's own errors and JSON
 * parse errors becomes an RFC 9457 problem ({@link org.meritledger.api.Problems}). One small class
 * per exception family, because the REST runtime picks the mapper by the exception's type.
 */
package org.meritledger.api.errors;
