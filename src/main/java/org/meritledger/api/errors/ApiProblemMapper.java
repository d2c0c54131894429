package org.meritledger.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;

/** Errors the HTTP edge decides (size and rate limits, device refusals). */
@Provider
public class ApiProblemMapper implements ExceptionMapper<org.meritledger.api.ApiProblemException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(org.meritledger.api.ApiProblemException e) {
        Response r = Problems.response(e.type(), e.getMessage(), Instances.of(uri));
        if (e.type() == ProblemType.RATE_LIMITED) {
            return Response.fromResponse(r).header("Retry-After", "60").build();
        }
        if (e.type() == ProblemType.INVALID_TOKEN) {
            return Response.fromResponse(r)
                    .header("WWW-Authenticate", "Bearer realm=\"Merit Ledger\", error=\"invalid_token\"")
                    .build();
        }
        return r;
    }
}
