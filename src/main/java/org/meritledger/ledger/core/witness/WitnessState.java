package org.meritledger.ledger.core.witness;

import org.meritledger.ledger.core.Bytes;

/**
 * What a witness last cosigned for one log: tree size and root (size 0 and a null root before
 * the first cosignature), and that checkpoint's signed note.
 */
public record WitnessState(long size, byte[] root, String checkpoint) {

    public static WitnessState empty() {
        return new WitnessState(0, null, null);
    }

    public WitnessState {
        root = root == null ? null : root.clone();
    }

    @Override
    public byte[] root() {
        return root == null ? null : root.clone();
    }

    @Override
    public String toString() {
        return "size " + size + (root == null ? "" : ", root " + Bytes.hex(root));
    }
}
