package org.meritledger.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(4096, 1, 1);

    @Test
    void acceptsTheRightPasswordAndRejectsAWrongOne() {
        String phc = hasher.hash("correct horse battery".toCharArray());
        assertTrue(phc.startsWith("$argon2id$v=19$m=4096,t=1,p=1$"), phc);
        assertTrue(hasher.verify("correct horse battery".toCharArray(), phc));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), phc));
        assertFalse(hasher.verify("".toCharArray(), phc));
    }

    @Test
    void everyHashHasItsOwnSalt() {
        String a = hasher.hash("same password!".toCharArray());
        String b = hasher.hash("same password!".toCharArray());
        assertNotEquals(a, b);
        assertNotEquals(a.split("\\$")[4], b.split("\\$")[4]);
    }

    @Test
    void verifiesWithTheParametersStoredInTheHashNotTheCurrentOnes() {
        String old = new PasswordHasher(2048, 1, 1).hash("long enough pw".toCharArray());
        assertTrue(hasher.verify("long enough pw".toCharArray(), old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("x".toCharArray())));
    }

    @Test
    void malformedHashesNeverMatch() {
        for (String bad : new String[] {
            null,
            "",
            "plain",
            "$argon2i$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2id$v=19$m=4096,t=1$c2FsdA$aGFzaA",
            "$argon2id$v=19$m=x,t=1,p=1$c2FsdA$aGFzaA",
            "$argon2id$v=19$m=4096,t=1,p=1$!!!$aGFzaA"
        }) {
            assertFalse(hasher.verify("anything".toCharArray(), bad), String.valueOf(bad));
        }
    }

    @Test
    void policyWantsLengthNotTheUsername() {
        assertNull(PasswordPolicy.check("twelve chars".toCharArray(), "bob"));
        assertTrue(PasswordPolicy.check("short".toCharArray(), "bob").endsWith("tooShort"));
        assertTrue(PasswordPolicy.check("alice.smith.1".toCharArray(), "Alice.Smith.1")
                .endsWith("isUsername"));
        assertTrue(PasswordPolicy.check("x".repeat(129).toCharArray(), "bob").endsWith("tooLong"));
        String generated = PasswordPolicy.generate();
        assertNull(PasswordPolicy.check(generated.toCharArray(), "bob"));
    }
}
