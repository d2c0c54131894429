package org.meritledger.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.meritledger.api.ApiApplication;
import org.meritledger.api.Problems;
import org.meritledger.personnel.SoldierService;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.training.mytraining.MyTrainingService;

/** The caller's own profile and results; any account with a token. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.BEARER)
public class MeResource {

    @Inject
    CallerProvider callers;

    @Inject
    SoldierService soldiers;

    @Inject
    MyTrainingService training;

    @GET
    @Operation(summary = "The caller's account and, if linked, soldier record")
    @APIResponse(
            responseCode = "200",
            description = "The profile",
            content = @Content(schema = @Schema(implementation = Json.Profile.class)))
    @APIResponse(
            responseCode = "401",
            description = "No token, or an unknown, expired or revoked one",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public Json.Profile me() {
        Caller c = callers.require();
        return new Json.Profile(
                c.username(),
                new TreeSet<>(c.roles().stream().map(Enum::name).toList()),
                new TreeSet<>(c.commandedUnitIds()),
                soldiers.me().map(Json.Soldier::of).orElse(null));
    }

    @GET
    @Path("/results")
    @Operation(summary = "The caller's signed training results, newest first, paged")
    @APIResponse(
            responseCode = "200",
            description = "A page of results (the values that count now)",
            content = @Content(schema = @Schema(implementation = Json.Page.class)))
    @APIResponse(
            responseCode = "401",
            description = "No token, or an unknown, expired or revoked one",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "422",
            description = "offset or limit not an integer in range",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public Json.Page<Json.Result> results(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        callers.require();
        int from = Params.offset(offset);
        int size = Params.limit(limit);
        List<Json.Result> all =
                training.myResults().stream().map(Json.Result::of).toList();
        int start = Math.min(from, all.size());
        return new Json.Page<>(all.size(), from, size, all.subList(start, Math.min(all.size(), start + size)));
    }
}
