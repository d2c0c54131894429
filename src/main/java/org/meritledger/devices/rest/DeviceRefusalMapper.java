package org.meritledger.devices.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;
import org.meritledger.devices.DeviceRefusedException;

/** Each refusal reason is the API problem type of the same name (docs/api.md). */
@Provider
public class DeviceRefusalMapper implements ExceptionMapper<DeviceRefusedException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DeviceRefusedException e) {
        ProblemType type = ProblemType.valueOf(e.reason().name());
        return Problems.response(
                type, e.getMessage(), uri == null ? null : uri.getRequestUri().getRawPath());
    }
}
