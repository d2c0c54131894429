package org.meritledger.devices;

import java.util.List;

/** A device as an administrator registers it. */
public record DeviceDraft(
        String name, Long unitId, String range, String lane, String publicKey, List<String> trainingTypes) {}
