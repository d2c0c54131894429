package org.meritledger.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;

/** A body JSON-P could not parse: 400. */
@Provider
public class JsonParsingMapper implements ExceptionMapper<jakarta.json.stream.JsonParsingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(jakarta.json.stream.JsonParsingException e) {
        return Problems.response(ProblemType.MALFORMED_JSON, e.getMessage(), Instances.of(uri));
    }
}
