package org.meritledger.personnel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit hierarchy in memory, for the questions scope checks ask: what lies under a unit,
 * what lies above it, and whether a move would put a unit under its own descendant.
 */
public final class UnitTree {

    private final Map<Long, OrgUnit> byId = new HashMap<>();
    private final Map<Long, List<OrgUnit>> children = new HashMap<>();
    private final List<OrgUnit> roots = new ArrayList<>();

    public UnitTree(Collection<OrgUnit> units) {
        for (OrgUnit u : units) {
            byId.put(u.getId(), u);
        }
        for (OrgUnit u : units) {
            if (u.getParentId() == null || !byId.containsKey(u.getParentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.getParentId(), k -> new ArrayList<>())
                        .add(u);
            }
        }
        Comparator<OrgUnit> byCode = Comparator.comparing(OrgUnit::getCode);
        roots.sort(byCode);
        children.values().forEach(list -> list.sort(byCode));
    }

    public OrgUnit get(long id) {
        return byId.get(id);
    }

    public boolean contains(long id) {
        return byId.containsKey(id);
    }

    public List<OrgUnit> roots() {
        return List.copyOf(roots);
    }

    public List<OrgUnit> childrenOf(long id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** The given units and every unit below them, in depth-first order. */
    public Set<Long> subtreeIds(Collection<Long> rootIds) {
        Set<Long> out = new LinkedHashSet<>();
        Deque<Long> stack = new ArrayDeque<>();
        for (Long id : rootIds) {
            if (byId.containsKey(id)) {
                stack.push(id);
            }
        }
        while (!stack.isEmpty()) {
            Long id = stack.pop();
            if (out.add(id)) {
                for (OrgUnit c : children.getOrDefault(id, List.of())) {
                    stack.push(c.getId());
                }
            }
        }
        return out;
    }

    /** True when {@code candidateParentId} is {@code unitId} itself or lies below it. */
    public boolean wouldCreateCycle(long unitId, Long candidateParentId) {
        if (candidateParentId == null) {
            return false;
        }
        Long cursor = candidateParentId;
        int guard = byId.size() + 1;
        while (cursor != null && guard-- > 0) {
            if (cursor == unitId) {
                return true;
            }
            OrgUnit u = byId.get(cursor);
            cursor = u == null ? null : u.getParentId();
        }
        return false;
    }

    /**
     * "1st Battalion / Alpha Company / 1st Platoon": the unit with its ancestors, for display. A
     * name that repeats an ancestor after a comma ("1st Platoon, Alpha Company") is shortened
     * here, where the ancestor already stands; alone (a combo box item) it keeps its full name.
     */
    public String path(long id) {
        List<String> names = new ArrayList<>();
        Long cursor = id;
        int guard = byId.size() + 1;
        while (cursor != null && guard-- > 0) {
            OrgUnit u = byId.get(cursor);
            if (u == null) {
                break;
            }
            names.add(0, u.getName());
            cursor = u.getParentId();
        }
        for (int i = 1; i < names.size(); i++) {
            for (int j = 0; j < i; j++) {
                String suffix = ", " + names.get(j);
                if (names.get(i).endsWith(suffix) && names.get(i).length() > suffix.length()) {
                    names.set(i, names.get(i).substring(0, names.get(i).length() - suffix.length()));
                }
            }
        }
        return String.join(" / ", names);
    }

    public int depth(long id) {
        int d = 0;
        OrgUnit u = byId.get(id);
        int guard = byId.size() + 1;
        while (u != null && u.getParentId() != null && guard-- > 0) {
            d++;
            u = byId.get(u.getParentId());
        }
        return d;
    }
}
