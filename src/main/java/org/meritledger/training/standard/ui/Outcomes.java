package org.meritledger.training.standard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.Standard;

/**
 * How a result's values and outcome read on screen, the same in the session page, history and
 * approvals: the words of its standard's attendance, tiers and fields.
 */
public final class Outcomes {

    private Outcomes() {}

    /** "Expert", "245 points · Passed", "Absent". */
    public static String text(Component c, ResultValues v) {
        if (v.attendance() != Attendance.PRESENT) {
            return c.getTranslation("training.attendance." + v.attendance().name());
        }
        if (v.tier() != null) {
            return c.getTranslation("tier." + v.tier().name());
        }
        if (v.passed() == null) {
            return "";
        }
        String verdict = c.getTranslation(v.passed() ? "training.passed" : "training.failed");
        return v.totalPoints() == null
                ? verdict
                : c.getTranslation("training.points", v.totalPoints()) + " · " + verdict;
    }

    /** "Hits 36", in the standard's field order. */
    public static String values(Component c, Standard standard, ResultValues v) {
        if (v.attendance() != Attendance.PRESENT) {
            return "";
        }
        return standard.fields().stream()
                .filter(f -> !v.raw().getOrDefault(f.name(), "").isBlank())
                .map(f -> c.getTranslation("training.field." + f.name()) + " "
                        + v.raw().get(f.name()))
                .collect(Collectors.joining(" · "));
    }

    public static Span badge(Component c, ResultValues v) {
        Span s = new Span(text(c, v));
        boolean good = v.attendance() == Attendance.PRESENT && Boolean.TRUE.equals(v.passed());
        s.getElement()
                .getThemeList()
                .add(v.attendance() != Attendance.PRESENT ? "badge contrast" : good ? "badge success" : "badge error");
        return s;
    }
}
