package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.meritledger.ledger.core.chain.Failure;

/**
 * The integrity hold. When verification fails, every write is refused until a verification
 * passes again; nothing else lifts it (deliberately no "ignore" switch). The state is per
 * portal node: each node verifies the shared database itself.
 */
@ApplicationScoped
public class IntegrityGuard {

    private static final Logger LOG = Logger.getLogger(IntegrityGuard.class.getName());

    /** Why writes are held, or null when they are allowed. */
    public record Hold(Failure failure, Instant since) {
        public String reason() {
            return failure.toString();
        }
    }

    private volatile Hold hold;

    /** Services call this before changing anything. */
    public void requireWritable() {
        Hold h = hold;
        if (h != null) {
            throw new IntegrityHoldException(h.reason());
        }
    }

    public Optional<Hold> hold() {
        return Optional.ofNullable(hold);
    }

    public boolean isHeld() {
        return hold != null;
    }

    void engage(Failure failure, Instant now) {
        Hold h = hold;
        if (h == null || !h.failure().equals(failure)) {
            LOG.severe(() -> "Ledger verification failed, writes are held: " + failure);
            hold = new Hold(failure, h == null ? now : h.since());
        }
    }

    void release() {
        if (hold != null) {
            LOG.warning("Ledger verification passed again: integrity hold released");
            hold = null;
        }
    }
}
