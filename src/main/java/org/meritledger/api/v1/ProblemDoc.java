package org.meritledger.api.v1;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of an error body, for the OpenAPI document only (answers are written by {@code api.Problems}). */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public class ProblemDoc {

    @Schema(description = "Stable URI of the problem type, e.g. urn:merit-ledger:problem:validation", required = true)
    public String type;

    @Schema(required = true)
    public String title;

    @Schema(required = true)
    public int status;

    public String detail;

    @Schema(description = "The request path")
    public String instance;

    @Schema(description = "For invalid input: each field with its message key")
    public List<FieldError> errors;

    @Schema(name = "FieldError")
    public static class FieldError {
        public String field;
        public String message;
    }
}
