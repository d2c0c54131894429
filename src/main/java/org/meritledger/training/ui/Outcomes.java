package org.meritledger.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.meritledger.training.Attendance;
import org.meritledger.training.ResultValues;
import org.meritledger.training.Standard;

/** How a result's values and outcome read on screen, the same in the session page, history and approvals. */
final class Outcomes {

    private Outcomes() {}

    /** "Expert", "245 points · Passed", "Absent". */
    static String text(Component c, ResultValues v) {
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
    static String values(Component c, Standard standard, ResultValues v) {
        if (v.attendance() != Attendance.PRESENT) {
            return "";
        }
        return standard.fields().stream()
                .filter(f -> !v.raw().getOrDefault(f.name(), "").isBlank())
                .map(f -> c.getTranslation("training.field." + f.name()) + " "
                        + v.raw().get(f.name()))
                .collect(Collectors.joining(" · "));
    }

    static Span badge(Component c, ResultValues v) {
        Span s = new Span(text(c, v));
        boolean good = v.attendance() == Attendance.PRESENT && Boolean.TRUE.equals(v.passed());
        s.getElement()
                .getThemeList()
                .add(v.attendance() != Attendance.PRESENT ? "badge contrast" : good ? "badge success" : "badge error");
        return s;
    }
}
