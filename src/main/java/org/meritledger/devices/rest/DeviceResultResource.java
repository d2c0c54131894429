package org.meritledger.devices.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.meritledger.api.JsonBodies;
import org.meritledger.api.Problems;
import org.meritledger.api.v1.ProblemDoc;
import org.meritledger.devices.Accepted;
import org.meritledger.devices.DeviceIntake;

/**
 * A range device submits one result, signed with its key. No account or token: the signature is
 * the credential. The body is read as text and parsed strictly, because the signature covers the
 * canonical form of exactly what was sent.
 */
@Path("/devices")
public class DeviceResultResource {

    @Inject
    JsonBodies bodies;

    @Inject
    DeviceIntake intake;

    @Inject
    DeviceBatch batch;

    /** For the OpenAPI document: the signed envelope. */
    @Schema(name = "DeviceSubmission", description = "See docs/api.md, 'Device signing format'")
    public static class Envelope {
        @Schema(
                required = true,
                description = "deviceId, serviceNumber, trainingType, hits, lane, deviceTime, nonce[, shots]")
        public java.util.Map<String, Object> result;

        @Schema(required = true, description = "hex of the first 8 bytes of SHA-256 of the raw Ed25519 public key")
        public String keyId;

        @Schema(required = true, description = "base64 Ed25519 signature over the RFC 8785 canonical JSON of result")
        public String signature;
    }

    @POST
    @Path("{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A range device submits a signed result; it joins the unit's draft session of the day")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Envelope.class)))
    @APIResponse(
            responseCode = "201",
            description = "Accepted and recorded on the ledger",
            content = @Content(schema = @Schema(implementation = Accepted.class)))
    @APIResponse(
            responseCode = "400",
            description = "malformed-json: not well-formed JSON or not UTF-8",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "401",
            description = "device-key-unknown or device-signature-invalid",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "403",
            description = "device-revoked or training-type-not-registered",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "404",
            description = "device-unknown",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "409",
            description = "nonce-reused",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "413",
            description = "payload-too-large",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "415",
            description = "unsupported-media-type: the body must be application/json",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "422",
            description =
                    "validation (missing or wrongly typed fields), device-time-outside-window or soldier-not-in-unit",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "rate-limited",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "503",
            description = "ledger-hold: the ledger failed verification and accepts no changes",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public Response submit(@PathParam("id") long deviceId, InputStream body) {
        Accepted a = intake.submit(deviceId, bodies.object(body));
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

    @POST
    @Path("{id}/batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A device that was offline uploads its buffer: {\"results\": [envelope, ...]}, at most "
                    + DeviceBatch.MAX + "; each is checked and recorded on its own, keeping its own device time")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeviceBatch.Doc.class)))
    @APIResponse(
            responseCode = "200",
            description =
                    "One outcome per envelope, in order: 201 with the submission, or the status and problem of its refusal",
            content = @Content(schema = @Schema(implementation = DeviceBatch.Outcome.class)))
    @APIResponse(
            responseCode = "400",
            description = "malformed-json",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "413",
            description = "payload-too-large",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "415",
            description = "unsupported-media-type",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "422",
            description = "validation: results missing, not an array, empty or too long",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    @APIResponse(
            responseCode = "429",
            description = "rate-limited",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDoc.class)))
    public Response batch(@PathParam("id") long deviceId, InputStream body) {
        String instance = "/api/v1/devices/" + deviceId + "/batches";
        return Response.ok(batch.submit(deviceId, bodies.object(body), instance).toString(), MediaType.APPLICATION_JSON)
                .build();
    }
}
