package org.meritledger.security;

/** The logged-in user changes their own password, proving the current one first. */
public interface PasswordChange {

    /** @throws org.meritledger.base.InvalidInputException naming the field that is wrong */
    void changeOwnPassword(char[] current, char[] replacement);
}
