/**
 * RFC 8785 JSON Canonicalization Scheme (JCS) and a strict JSON parser, over plain Java values.
 *
 * <p>Entry payloads are hashed as the UTF-8 bytes of their canonical JSON text, so one payload
 * has exactly one byte form, whoever writes it. The value model is deliberately small: {@code
 * Map<String, ?>} objects, {@code List<?>} arrays, {@code String}, {@code Boolean}, {@code null},
 * integers ({@code Long}, {@code Integer}, {@code BigInteger} within ±2^53) and finite {@code
 * Double}s. Anything else is rejected rather than guessed at. No JSON library is used: the
 * canonical form must not depend on a library's version.
 */
package org.meritledger.ledger.core.jcs;
