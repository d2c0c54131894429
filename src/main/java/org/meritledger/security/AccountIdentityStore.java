package org.meritledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Jakarta Security identity store over the account table (Argon2id hashes, lockout). */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginAttempts attempts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginAttempts.Outcome outcome =
                attempts.attempt(up.getCaller(), up.getPassword().getValue());
        if (outcome.status() != LoginAttempts.Status.VALID) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(), outcome.groups());
    }
}
