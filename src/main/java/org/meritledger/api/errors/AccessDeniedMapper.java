package org.meritledger.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;

/** Nobody logged in: 401 with a Bearer challenge; logged in but not allowed: 403; an integrity hold: 503. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<org.meritledger.base.AccessDeniedException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(org.meritledger.base.AccessDeniedException e) {
        if (e instanceof org.meritledger.ledger.IntegrityHoldException) {
            return Problems.response(ProblemType.LEDGER_HOLD, e.getMessage(), Instances.of(uri));
        }
        if ("error.notAuthenticated".equals(e.messageKey())) {
            return Response.fromResponse(Problems.response(
                            ProblemType.UNAUTHORIZED, "send Authorization: Bearer <token>", Instances.of(uri)))
                    .header("WWW-Authenticate", "Bearer realm=\"Merit Ledger\"")
                    .build();
        }
        return Problems.response(ProblemType.FORBIDDEN, e.getMessage(), Instances.of(uri));
    }
}
