package org.meritledger.rewards.rules.replay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * Feeds ledger entries, in sequence order, to a {@link RuleReplay}: only the entry types rules
 * read, and of soldier entries only those that discharge a soldier or take a discharge back (most
 * soldier entries are not parsed, which keeps the pass fast at 100,000 soldiers). The portal's
 * full verification and the standalone verifier both feed the replay through this, so they judge
 * the same entries the same way.
 */
public final class LedgerFeed {

    private final RuleReplay replay = new RuleReplay();
    private final Set<String> discharged = new HashSet<>();
    private long ruleEntries;
    private final List<RuleReplay.Difference> unreadable = new ArrayList<>();

    /** Whether rules read entries of this type at all (a store may filter by it before handing entries over). */
    public static boolean follows(String type) {
        return type.startsWith("personnel.unit.")
                || type.startsWith("personnel.soldier.")
                || (type.startsWith("training.") && !type.startsWith("training.standard."))
                || type.equals("rewards.rule.version")
                || type.equals("rewards.movement.rule-award")
                || type.equals("rewards.movement.reversal");
    }

    @SuppressWarnings("unchecked")
    public void accept(long seq, String type, String subject, String payload) {
        if (!follows(type)) {
            return; // standards, for one, carry no result and have large rule tables
        }
        if (type.startsWith("personnel.soldier.")) {
            boolean now = payload.contains("\"DISCHARGED\"");
            if (!(now ? discharged.add(subject) : discharged.remove(subject))) {
                return;
            }
        }
        if (type.equals("rewards.rule.version") || type.equals("rewards.movement.rule-award")) {
            ruleEntries++;
        }
        try {
            replay.accept(seq, type, (Map<String, Object>) JsonParser.parse(payload));
        } catch (RuntimeException e) {
            // a difference like any other, named by its entry, rather than a replay that stops
            unreadable.add(new RuleReplay.Difference(
                    seq,
                    "a " + type + " payload the award rules can read",
                    String.valueOf(e.getMessage()),
                    "entry " + seq + " cannot be read by the award rules"));
        }
    }

    /** Rule versions and rule awards seen: none means no rule was ever defined or fired. */
    public long ruleEntries() {
        return ruleEntries;
    }

    /**
     * As {@link RuleReplay#differences()}, with entries the rules could not read among them, lowest
     * entry first; none when no rule was ever defined or fired (nothing to replay), as the portal's
     * full verification skips the replay then.
     */
    public List<RuleReplay.Difference> differences() {
        if (ruleEntries == 0) {
            return List.of();
        }
        List<RuleReplay.Difference> all = new ArrayList<>(unreadable);
        all.addAll(replay.differences());
        all.sort(java.util.Comparator.comparingLong(RuleReplay.Difference::seq));
        return all;
    }
}
