package org.meritledger.rewards.rules.replay;

/**
 * The parts of a result a rule looks at, as in effect at some moment.
 *
 * @param attendance PRESENT, ABSENT or EXCUSED
 * @param passed null where pass/fail does not apply
 * @param tier a tier name (see {@link Tiers}) or null
 */
public record Outcome(String attendance, Boolean passed, String tier) {

    public boolean present() {
        return "PRESENT".equals(attendance);
    }

    public boolean pass() {
        return present() && Boolean.TRUE.equals(passed);
    }
}
