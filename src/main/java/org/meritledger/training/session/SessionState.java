package org.meritledger.training.session;

/** A session is edited as a draft until its commander signs it off; after that only corrections change results. */
public enum SessionState {
    DRAFT,
    SIGNED_OFF
}
