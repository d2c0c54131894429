package org.meritledger.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;

/** Input a service refused: 422 with each field's message key; a training rule (signed-off session and the like) is a 409. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<org.meritledger.base.InvalidInputException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(org.meritledger.base.InvalidInputException e) {
        ProblemType type = e instanceof org.meritledger.training.TrainingRuleException
                ? ProblemType.CONFLICT
                : ProblemType.VALIDATION;
        return Problems.response(type, e.getMessage(), Instances.of(uri), e.problems());
    }
}
