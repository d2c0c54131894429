package org.meritledger.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meritledger.api.ProblemType;
import org.meritledger.api.Problems;

/**
 * Anything else: 500 as a problem, logged here with its stack trace, and no detail in the answer
 * (an exception's message may name internals). A JSON-B error wrapped by the runtime is still a 400.
 */
@Provider
public class FallbackMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.ext.Providers providers;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            // a transaction or EJB boundary wrapped what a service threw: answer for the cause
            if (c instanceof org.meritledger.base.InvalidInputException
                    || c instanceof org.meritledger.base.AccessDeniedException
                    || c instanceof org.meritledger.base.NotFoundException
                    || c instanceof org.meritledger.api.ApiProblemException) {
                return answer(c);
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof jakarta.json.bind.JsonbException || c instanceof jakarta.json.JsonException) {
                return Problems.response(
                        ProblemType.MALFORMED_JSON, "the body could not be read as JSON", Instances.of(uri));
            }
        }
        LOG.log(Level.WARNING, "unexpected error answering " + Instances.of(uri), e);
        return Problems.response(ProblemType.INTERNAL, null, Instances.of(uri));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Response answer(Throwable cause) {
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper.toResponse(cause);
    }
}
