package org.meritledger.devices;

/**
 * A device submission refused for a reason of its own (bad signature, replay, ...). Nothing was
 * recorded. The API answers each reason with its own problem type.
 */
public class DeviceRefusedException extends RuntimeException {

    public enum Reason {
        DEVICE_UNKNOWN,
        DEVICE_KEY_UNKNOWN,
        DEVICE_SIGNATURE_INVALID,
        DEVICE_REVOKED,
        TRAINING_TYPE_NOT_REGISTERED,
        NONCE_REUSED,
        DEVICE_TIME_OUTSIDE_WINDOW,
        SOLDIER_NOT_IN_UNIT
    }

    private final Reason reason;

    public DeviceRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
