package org.meritledger.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.meritledger.api.ApiApplication;
import org.meritledger.api.Problems;

/**
 * The ledger for clients that check it: the newest signed checkpoint (C2SP signed-note text, as
 * transparency-log tools read it) and proofs, public; entries for administrators and auditors.
 */
@Path("/ledger")
public class LedgerResource {

    @Inject
    LedgerReads ledger;

    @GET
    @Path("checkpoint")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(summary = "The newest signed checkpoint with its cosignatures (C2SP tlog-checkpoint); public")
    @APIResponse(
            responseCode = "200",
            description = "The checkpoint note",
            content = @Content(mediaType = MediaType.TEXT_PLAIN))
    @APIResponse(
            responseCode = "404",
            description = "No checkpoint signed yet",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public String checkpoint() {
        return ledger.checkpoint();
    }

    @GET
    @Path("entries/{seq}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Operation(summary = "One ledger entry by sequence number; administrators and auditors")
    @APIResponse(
            responseCode = "200",
            description = "The entry",
            content = @Content(schema = @Schema(implementation = Json.LedgerEntry.class)))
    @APIResponse(
            responseCode = "401",
            description = "No token, or an unknown, expired or revoked one",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an administrator or auditor (payloads carry personal data)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such entry",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public Json.LedgerEntry entry(@PathParam("seq") long seq) {
        return ledger.entry(seq);
    }

    @GET
    @Path("proofs/inclusion")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "RFC 6962 inclusion proof of entry seq in the tree of size (at most the newest checkpoint's); public")
    @APIResponse(
            responseCode = "200",
            description = "The proof",
            content = @Content(schema = @Schema(implementation = Json.InclusionProof.class)))
    @APIResponse(
            responseCode = "422",
            description = "seq or size missing, not an integer, or out of range",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public Json.InclusionProof inclusion(@QueryParam("seq") String seq, @QueryParam("size") String size) {
        return ledger.inclusion(Params.number("seq", seq, null), Params.number("size", size, null));
    }

    @GET
    @Path("proofs/consistency")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "RFC 6962 consistency proof between two checkpointed tree sizes; public")
    @APIResponse(
            responseCode = "200",
            description = "The proof",
            content = @Content(schema = @Schema(implementation = Json.ConsistencyProof.class)))
    @APIResponse(
            responseCode = "404",
            description = "No signed checkpoint of one of the sizes",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "422",
            description = "from or to missing, not an integer, or from > to",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "Rate limit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public Json.ConsistencyProof consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ledger.consistency(Params.number("from", from, null), Params.number("to", to, null));
    }
}
