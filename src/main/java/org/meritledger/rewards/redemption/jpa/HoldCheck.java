package org.meritledger.rewards.redemption.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.meritledger.ledger.DerivedStateCheck;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.personnel.jpa.PersonnelMirrors;
import org.meritledger.rewards.redemption.RedemptionStates;
import org.meritledger.rewards.redemption.RequestState;

/**
 * Holds and requests must fit together. Runs after every mirror agreed (so movement, request and
 * step rows are what the ledger recorded): every HOLD movement is the hold of exactly one request,
 * of its soldier and cost; every RELEASE gives back the hold of a declined or cancelled request,
 * which names it; every request's hold exists, and a request still pending or ready has not been
 * released. So a hold is only ever set aside for a pending or ready request, or spent on a
 * fulfilled one. Two streaming passes, no query per request; the first disagreement is
 * pinpointed to the entry of the movement or request it concerns.
 */
@ApplicationScoped
public class HoldCheck implements DerivedStateCheck {

    private record Req(long soldierId, long cost, Long holdId, RequestState state, Long releaseId) {}

    @Override
    public Failure check(Connection c, long size) throws SQLException {
        Map<Long, Req> requests = new HashMap<>();
        Map<Long, Long> byHold = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select r.id, r.soldier_id, r.token_cost, s.step, s.state,"
                + " s.movement_id from redemption_request r join redemption_step s on s.request_id = r.id"
                + " order by r.id, s.step")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Long movement = PersonnelMirrors.nullableLong(rs, 6);
                    RequestState state = RequestState.valueOf(rs.getString(5));
                    Req before = requests.get(id);
                    if (rs.getInt(4) == 1) {
                        requests.put(id, new Req(rs.getLong(2), rs.getLong(3), movement, state, null));
                        if (movement != null) {
                            byHold.put(movement, id);
                        }
                    } else if (before != null) {
                        Long release = state.released() ? movement : before.releaseId();
                        requests.put(id, new Req(before.soldierId(), before.cost(), before.holdId(), state, release));
                    }
                }
            }
        }
        Set<Long> holdsSeen = new HashSet<>();
        Set<Long> releasesSeen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select id, soldier_id, kind, amount, reverses_id"
                + " from reward_movement where kind in ('HOLD', 'RELEASE')")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long soldier = rs.getLong(2);
                    long amount = rs.getLong(4);
                    Long reverses = PersonnelMirrors.nullableLong(rs, 5);
                    if ("HOLD".equals(rs.getString(3))) {
                        Long requestId = byHold.get(id);
                        Req r = requestId == null ? null : requests.get(requestId);
                        if (r == null) {
                            return movement(
                                    c,
                                    size,
                                    id,
                                    "a request holding it",
                                    "none",
                                    "hold movement " + id + " belongs to no redemption request");
                        }
                        if (r.soldierId() != soldier || -amount != r.cost()) {
                            return movement(
                                    c,
                                    size,
                                    id,
                                    "hold of " + r.cost() + " for soldier " + r.soldierId(),
                                    "hold of " + -amount + " for soldier " + soldier,
                                    "hold movement " + id + " does not match request " + requestId);
                        }
                        holdsSeen.add(id);
                    } else {
                        Long requestId = reverses == null ? null : byHold.get(reverses);
                        Req r = requestId == null ? null : requests.get(requestId);
                        if (r == null || !Long.valueOf(id).equals(r.releaseId()) || amount != r.cost()) {
                            return movement(
                                    c,
                                    size,
                                    id,
                                    "the release of a declined or cancelled request",
                                    "release of movement " + reverses,
                                    "release movement " + id + " gives back no declined or cancelled request's hold");
                        }
                        releasesSeen.add(id);
                    }
                }
            }
        }
        for (Map.Entry<Long, Req> e : requests.entrySet()) {
            Req r = e.getValue();
            String subject = RedemptionStates.SUBJECT_PREFIX + e.getKey();
            if (r.holdId() == null || !holdsSeen.contains(r.holdId())) {
                return failure(
                        c,
                        size,
                        subject,
                        "hold movement " + r.holdId(),
                        "no such hold",
                        subject + " has lost its hold movement " + r.holdId());
            }
            if (r.state().released() && (r.releaseId() == null || !releasesSeen.contains(r.releaseId()))) {
                return failure(
                        c,
                        size,
                        subject,
                        "release movement " + r.releaseId(),
                        "no such release",
                        subject + " is " + r.state() + " but its tokens were not given back");
            }
        }
        return null;
    }

    private static Failure movement(Connection c, long size, long id, String expected, String found, String detail)
            throws SQLException {
        return failure(c, size, "reward-movement:" + id, expected, found, detail);
    }

    private static Failure failure(
            Connection c, long size, String subject, String expected, String found, String detail) throws SQLException {
        long seq = size;
        try (PreparedStatement ps = c.prepareStatement("select max(seq) from ledger_entry where subject = ?")) {
            ps.setString(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    seq = rs.getLong(1);
                }
            }
        }
        return new Failure(seq, Check.DOMAIN_STATE, expected, found, detail);
    }
}
