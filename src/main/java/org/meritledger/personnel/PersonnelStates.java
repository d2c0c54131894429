package org.meritledger.personnel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;

/**
 * The recorded state of each personnel record: what its ledger entries carry as payload, and
 * what verification rebuilds from the current row to compare. One builder per kind, used by both
 * sides, so the two can only differ when the data does. Password hashes, login counters and
 * lockouts are deliberately not part of it: they are secrets or noise, not personnel facts.
 */
public final class PersonnelStates {

    private PersonnelStates() {}

    public static String soldier(
            long id,
            String serviceNumber,
            String familyName,
            String givenName,
            String rank,
            long unitId,
            String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("serviceNumber", serviceNumber);
        m.put("familyName", familyName);
        m.put("givenName", givenName);
        m.put("rank", rank);
        m.put("unitId", unitId);
        m.put("status", status);
        return Jcs.canonicalize(m);
    }

    public static String unit(long id, String code, String name, Long parentId, boolean active) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("code", code);
        m.put("name", name);
        m.put("parentId", parentId);
        m.put("active", active);
        return Jcs.canonicalize(m);
    }

    public static String account(
            long id,
            String username,
            String displayName,
            Long soldierId,
            boolean active,
            Collection<String> roles,
            Collection<Long> commandedUnitIds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("soldierId", soldierId);
        m.put("active", active);
        m.put("roles", roles.stream().sorted().toList());
        m.put("commandedUnitIds", commandedUnitIds.stream().sorted().toList());
        return Jcs.canonicalize(m);
    }

    static String of(Soldier s) {
        return soldier(
                s.getId(),
                s.getServiceNumber(),
                s.getFamilyName(),
                s.getGivenName(),
                s.getRank().name(),
                s.getUnitId(),
                s.getStatus().name());
    }

    static String of(OrgUnit u) {
        return unit(u.getId(), u.getCode(), u.getName(), u.getParentId(), u.isActive());
    }

    static String of(Account a) {
        List<String> roles = a.getRoles().stream().map(Enum::name).toList();
        return account(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getSoldierId(),
                a.isActive(),
                roles,
                a.getCommandedUnitIds());
    }
}
