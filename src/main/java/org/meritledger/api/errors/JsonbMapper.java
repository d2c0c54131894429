package org.meritledger.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;

/** A body JSON-B could not bind: 400. */
@Provider
public class JsonbMapper implements ExceptionMapper<jakarta.json.bind.JsonbException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(jakarta.json.bind.JsonbException e) {
        return Problems.response(ProblemType.MALFORMED_JSON, "the body could not be read as JSON", Instances.of(uri));
    }
}
