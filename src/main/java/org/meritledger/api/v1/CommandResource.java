package org.meritledger.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.meritledger.api.ApiApplication;
import org.meritledger.api.Problems;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.UnitService;
import org.meritledger.training.session.SessionDetail;
import org.meritledger.training.session.SessionService;

/**
 * A commander's units, their sessions and the sessions' results (read only). Commanders reach
 * the units they command and everything below; administrators and auditors every unit; soldiers
 * none (403). A unit or session outside the caller's reach is 404, so the answer does not say
 * whether it exists.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BEARER)
public class CommandResource {

    @Inject
    UnitService units;

    @Inject
    SessionService sessions;

    @GET
    @Path("units")
    @Operation(summary = "The units the caller commands (and below); every unit for administrators and auditors")
    @APIResponse(
            responseCode = "200",
            description = "Units, depth-first",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = Json.Unit.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    @APIResponse(
            responseCode = "401",
            description = "No token, or an unknown, expired or revoked one",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not a commander, administrator or auditor",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public List<Json.Unit> units() {
        return units.list().stream().map(Json.Unit::of).toList();
    }

    @GET
    @Path("units/{id}/sessions")
    @Operation(summary = "Training sessions of one unit, newest first, paged")
    @APIResponse(
            responseCode = "200",
            description = "A page of sessions",
            content = @Content(schema = @Schema(implementation = Json.Page.class)))
    @APIResponse(
            responseCode = "401",
            description = "No token, or an unknown, expired or revoked one",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not a commander, administrator or auditor",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such unit within the caller's reach",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "422",
            description = "offset or limit not an integer in range",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public Json.Page<Json.Session> sessions(
            @PathParam("id") long unitId, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        long total = sessions.countOfUnit(unitId);
        int from = Params.offset(offset);
        int size = Params.limit(limit);
        List<Json.Session> page = sessions.pageOfUnit(unitId, new PageRequest(from, size, null, false)).stream()
                .map(Json.Session::of)
                .toList();
        return new Json.Page<>(total, from, size, page);
    }

    @GET
    @Path("sessions/{id}/results")
    @Operation(summary = "A session and its result lines (drafts included while the session is a draft)")
    @APIResponse(
            responseCode = "200",
            description = "The session with its lines",
            content = @Content(schema = @Schema(implementation = Json.SessionResults.class)))
    @APIResponse(
            responseCode = "401",
            description = "No token, or an unknown, expired or revoked one",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not a commander, administrator or auditor",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such session within the caller's reach",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public Json.SessionResults results(@PathParam("id") long sessionId) {
        SessionDetail d = sessions.detail(sessionId);
        return new Json.SessionResults(
                Json.Session.of(d.summary()),
                d.lines().stream().map(Json.SessionLine::of).toList());
    }
}
