package org.meritledger.rewards.rules;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.rewards.RewardSettings;
import org.meritledger.rewards.rules.replay.Outcome;

/** The award rule service over in-memory versions, on an {@link InMemoryPersonnel} battalion. */
public final class InMemoryRules {

    public final InMemoryPersonnel p;
    public final MemVersions versions = new MemVersions();
    public final AwardRuleService service;

    public InMemoryRules() {
        this(new InMemoryPersonnel().withBattalion(), new TrainingOutcomes() {
            @Override
            public List<Outcome> earlier(long soldierId, String standardCode, long beforeSeq) {
                return List.of();
            }

            @Override
            public List<String> standardCodes() {
                return List.of("physical-fitness", "rifle-qualification", "tactical-drill");
            }
        });
    }

    /** On another feature's personnel (and so its ledger), reading training through {@code outcomes}. */
    public InMemoryRules(InMemoryPersonnel p, TrainingOutcomes outcomes) {
        this.p = p;
        this.service = new AwardRuleService(
                versions, outcomes, p.scope, p.callers, p.append, p.guard, new RewardSettings(100, 14), p.clock);
    }

    public final class MemVersions implements RuleVersions {
        public final Map<Long, Long> fired = new HashMap<>(Map.of(1L, 3L));

        public final List<RuleVersion> rows = new ArrayList<>();

        @Override
        public RuleVersion add(RuleVersion v) {
            try {
                Field f = RuleVersion.class.getDeclaredField("id");
                f.setAccessible(true);
                f.set(v, (long) rows.size() + 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            rows.add(v);
            return v;
        }

        @Override
        public List<Entered> all() {
            List<Entered> out = new ArrayList<>();
            for (RuleVersion v : rows) {
                for (int i = 0; i < p.recorded.size(); i++) {
                    if ((RuleStates.SUBJECT + v.getId())
                            .equals(p.recorded.get(i).subject())) {
                        out.add(new Entered(v, i + 1));
                    }
                }
            }
            return out;
        }

        @Override
        public List<RuleVersion> ofRule(long ruleId) {
            return rows.stream().filter(v -> v.getRuleId() == ruleId).toList();
        }

        @Override
        public long nextRuleId() {
            return rows.stream().mapToLong(RuleVersion::getRuleId).max().orElse(0) + 1;
        }

        @Override
        public Map<Long, Long> firedCounts() {
            return new HashMap<>(fired);
        }
    }
}
