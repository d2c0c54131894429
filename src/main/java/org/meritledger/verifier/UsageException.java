package org.meritledger.verifier;

/** A command line that cannot be run as given. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
