package org.meritledger.base;

/** A record that does not exist (or that the caller's scope hides, which looks the same). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
