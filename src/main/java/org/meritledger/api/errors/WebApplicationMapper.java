package org.meritledger.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;

/** The REST runtime's own refusals (no such path 404, wrong method 405, unacceptable 406, unsupported content type 415, unreadable body 400) as problems. */
@Provider
public class WebApplicationMapper implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.INTERNAL;
        };
        Response r = Problems.response(type, type == ProblemType.INTERNAL ? null : e.getMessage(), Instances.of(uri));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(r)
                    .header("Allow", e.getResponse().getHeaderString("Allow"))
                    .build();
        }
        return r;
    }
}
