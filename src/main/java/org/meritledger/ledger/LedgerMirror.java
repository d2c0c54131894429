package org.meritledger.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A feature's records that the ledger mirrors: verification compares each record's current row
 * with the latest state the ledger recorded for its subject, so a row edited, inserted or
 * deleted behind the ledger's back is found. Implementations read with plain SQL on the
 * connection given (the verifier holds the ledger head lock on it, so no write can interleave).
 */
public interface LedgerMirror {

    /** Subjects of this kind start with it, e.g. {@code soldier:}. */
    String subjectPrefix();

    /**
     * Every current record as subject → its state, RFC 8785 canonical JSON, built exactly as the
     * feature builds the payload of its ledger entries.
     */
    Map<String, String> currentStates(Connection c) throws SQLException;

    /**
     * The same states one at a time, for kinds with many rows (a million token movements must not
     * sit in memory as a map of JSON texts while verification compares them). Override it to
     * stream; the default hands over {@link #currentStates(Connection)}.
     */
    default void eachState(Connection c, StateSink sink) throws SQLException {
        for (Map.Entry<String, String> e : currentStates(c).entrySet()) {
            sink.accept(e.getKey(), e.getValue());
        }
    }

    /** Receives one record's subject and state. */
    @FunctionalInterface
    interface StateSink {
        void accept(String subject, String state) throws SQLException;

        /**
         * The same, with the state built later, possibly on another thread: for large tables,
         * whose states (canonical JSON) then are built and digested on every core. The supplier
         * must hold the row's values, not the result set.
         */
        default void acceptLater(String subject, Supplier<String> state) throws SQLException {
            accept(subject, state.get());
        }
    }
}
