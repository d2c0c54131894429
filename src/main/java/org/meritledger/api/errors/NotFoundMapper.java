package org.meritledger.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;

/** A record that does not exist, or that the caller's scope hides (the same answer): 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<org.meritledger.base.NotFoundException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(org.meritledger.base.NotFoundException e) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), Instances.of(uri));
    }
}
