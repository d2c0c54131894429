package org.meritledger.api;

/**
 * An error the API layer itself decides (size limit, rate limit, a device refusal), answered as
 * the problem of its {@link ProblemType}. Services keep throwing the base exceptions; this is for
 * what only the HTTP edge knows about.
 */
public class ApiProblemException extends RuntimeException {

    private final ProblemType type;

    public ApiProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }
}
