package org.meritledger.training.session.csv;

/** What the session knows about a service number found in a file. */
public enum Participant {
    /** in the session's units and on its participant list */
    IN_SESSION,
    /** a soldier, but not of the session's units */
    OUTSIDE_SESSION_UNIT,
    /** no soldier has this service number */
    UNKNOWN,
    /** a result for this soldier is already recorded in the session (importing again adds nothing) */
    ALREADY_RECORDED
}
