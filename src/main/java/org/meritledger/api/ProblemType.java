package org.meritledger.api;

/**
 * Every kind of error the API answers with, each with a stable {@code type} URI (a URN: it names
 * the problem and is not meant to be fetched; docs/api.md describes each), its HTTP status and a
 * short English title. Clients switch on {@link #uri()}, never on the title or detail.
 */
public enum ProblemType {
    MALFORMED_JSON(400, "malformed-json", "The body is not well-formed JSON"),
    BAD_REQUEST(400, "bad-request", "The request cannot be read"),
    UNAUTHORIZED(401, "unauthorized", "A valid credential is needed"),
    INVALID_TOKEN(401, "invalid-token", "The API token is unknown, expired or revoked"),
    FORBIDDEN(403, "forbidden", "The caller may not do this"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the record's state"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The body is larger than allowed"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The body's content type is not accepted"),
    VALIDATION(422, "validation", "The request's values are not valid"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    LEDGER_HOLD(503, "ledger-hold", "The ledger failed verification: no changes are accepted"),
    // range devices (org.meritledger.devices)
    DEVICE_UNKNOWN(404, "device-unknown", "No such range device"),
    DEVICE_KEY_UNKNOWN(401, "device-key-unknown", "The key id is not the device's registered key"),
    DEVICE_SIGNATURE_INVALID(401, "device-signature-invalid", "The device signature does not verify"),
    DEVICE_REVOKED(403, "device-revoked", "The device is revoked"),
    TRAINING_TYPE_NOT_REGISTERED(403, "training-type-not-registered", "The device may not submit this training type"),
    NONCE_REUSED(409, "nonce-reused", "The device has used this nonce before"),
    DEVICE_TIME_OUTSIDE_WINDOW(422, "device-time-outside-window", "The device time is outside the accepted window"),
    SOLDIER_NOT_IN_UNIT(422, "soldier-not-in-unit", "No active soldier of the device's unit has this service number");

    private static final String PREFIX = "urn:merit-ledger:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return PREFIX + slug;
    }
}
