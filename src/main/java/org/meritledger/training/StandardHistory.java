package org.meritledger.training;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every version of one training type's standard, oldest first. Revising never edits a version:
 * it appends the next one, and a result names the version that graded it, so history stays true.
 */
public final class StandardHistory {

    /** One version: its number (from 1) and its standard. */
    public record Version(String code, int number, Standard standard) {}

    private final String code;
    private final List<Version> versions = new ArrayList<>();

    public StandardHistory(String code, Standard first) {
        this.code = code;
        versions.add(new Version(code, 1, first));
    }

    public String code() {
        return code;
    }

    public Version current() {
        return versions.get(versions.size() - 1);
    }

    public Version version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new NoSuchElementException(code + " has no version " + number);
        }
        return versions.get(number - 1);
    }

    /** Appends a new version; the kind of training cannot change under the same code. */
    public Version revise(Standard next) {
        if (next.kind() != current().standard().kind()) {
            throw new IllegalArgumentException(
                    code + " is a " + current().standard().kind() + " standard, not " + next.kind());
        }
        Version v = new Version(code, versions.size() + 1, next);
        versions.add(v);
        return v;
    }

    public List<Version> versions() {
        return List.copyOf(versions);
    }

    /** Grades under the current version and remembers which version that was. */
    public GradedResult grade(java.util.Map<String, String> raw) {
        Version v = current();
        return new GradedResult(
                v.code(), v.number(), java.util.Map.copyOf(raw), v.standard().grade(raw));
    }

    /** A raw result with the grade one version gave it; never re-graded by a later version. */
    public record GradedResult(
            String standardCode, int standardVersion, java.util.Map<String, String> raw, Grade grade) {}
}
