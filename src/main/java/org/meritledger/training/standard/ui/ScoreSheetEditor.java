package org.meritledger.training.standard.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Grade;
import org.meritledger.training.standard.ScoreProblem;
import org.meritledger.training.standard.Standard;

/**
 * The score sheet a commander fills in after a range day: one line per participant, one box per
 * field of the standard, the outcome (tier, points or pass/fail) shown as they type, problems
 * next to the box. Keyboard only: Tab moves across, Enter moves down to the same box of the next
 * line. It grades with the same {@link Standard} the service signs off with, so the preview and
 * the record cannot disagree; it saves nothing itself.
 */
public class ScoreSheetEditor extends Div {

    /** A participant as the sheet lists them. */
    public record Participant(long soldierId, String serviceNumber, String name) {}

    /** One participant's line: what is typed and what it grades to. */
    public final class Line {
        final Participant participant;
        final Select<Attendance> attendance = new Select<>();
        final Map<String, TextField> boxes = new LinkedHashMap<>();
        final Span outcome = new Span();
        Grade grade;

        Line(Participant p) {
            this.participant = p;
        }

        public Participant participant() {
            return participant;
        }

        public Attendance attendance() {
            return attendance.getValue();
        }

        public Grade grade() {
            return grade;
        }

        public TextField box(String field) {
            return boxes.get(field);
        }

        /** Every value box of the line, in the standard's field order. */
        public java.util.Collection<TextField> boxes() {
            return boxes.values();
        }

        public Span outcome() {
            return outcome;
        }

        public Select<Attendance> attendanceSelect() {
            return attendance;
        }

        public Map<String, String> raw() {
            Map<String, String> raw = new LinkedHashMap<>();
            boxes.forEach((name, box) -> raw.put(name, box.getValue()));
            return raw;
        }
    }

    private final Standard standard;
    private final List<Line> lines = new ArrayList<>();

    public ScoreSheetEditor(Standard standard, List<Participant> participants) {
        this.standard = standard;
        addClassName("score-sheet");
        setId("score-sheet");
        // the column count of the sheet's grid (styles.css), so the header lines up with the boxes
        getStyle().set("--score-fields", String.valueOf(standard.fields().size()));
        Div header = new Div();
        header.addClassName("score-sheet-header");
        header.add(
                new Span(getTranslation("soldier.serviceNumber")),
                new Span(getTranslation("training.sheet.name")),
                new Span(getTranslation("training.sheet.attendance")));
        for (Standard.Field f : standard.fields()) {
            header.add(new Span(getTranslation("training.field." + f.name())));
        }
        header.add(new Span(getTranslation("training.sheet.outcome")));
        add(header);
        for (Participant p : participants) {
            lines.add(line(p));
        }
        wireEnterKeys();
    }

    private Line line(Participant p) {
        Line line = new Line(p);
        Div row = new Div();
        row.addClassName("score-sheet-row");
        line.attendance.setItems(Attendance.values());
        line.attendance.setItemLabelGenerator(a -> getTranslation("training.attendance." + a.name()));
        line.attendance.setValue(Attendance.PRESENT);
        line.attendance.setAriaLabel(getTranslation("training.sheet.attendance") + " " + p.serviceNumber());
        line.attendance.addValueChangeListener(e -> regrade(line));
        row.add(new Span(p.serviceNumber()), new Span(p.name()), line.attendance);
        for (Standard.Field f : standard.fields()) {
            TextField box = new TextField();
            box.setAriaLabel(getTranslation("training.field." + f.name()) + " " + p.serviceNumber());
            box.setPlaceholder(f.type() == Standard.FieldType.DURATION ? "m:ss" : "");
            box.setMaxLength(standard.maxLength(f));
            box.setValueChangeMode(ValueChangeMode.EAGER);
            box.addValueChangeListener(e -> regrade(line));
            box.addClassName("score-box");
            line.boxes.put(f.name(), box);
            row.add(box);
        }
        line.outcome.addClassName("score-outcome");
        row.add(line.outcome);
        add(row);
        regrade(line);
        return line;
    }

    /** Enter moves to the same box one line down (Tab already moves across). */
    private void wireEnterKeys() {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line below = lines.get(i + 1);
            lines.get(i)
                    .boxes
                    .forEach((name, box) -> box.addKeyDownListener(
                            Key.ENTER, e -> below.boxes.get(name).focus()));
        }
    }

    private final List<Runnable> changeListeners = new ArrayList<>();

    /** Called after any line is regraded (typing, attendance, loading). */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void regrade(Line line) {
        grade(line);
        changeListeners.forEach(Runnable::run);
    }

    private void grade(Line line) {
        boolean present = line.attendance.getValue() == Attendance.PRESENT;
        line.boxes.values().forEach(b -> {
            b.setEnabled(present);
            b.setInvalid(false);
        });
        line.outcome.getElement().getThemeList().clear();
        if (!present) {
            line.grade = null;
            line.outcome.setText(getTranslation(
                    "training.attendance." + line.attendance.getValue().name()));
            line.outcome.getElement().getThemeList().add("badge contrast");
            return;
        }
        Map<String, String> raw = line.raw();
        if (raw.values().stream().allMatch(v -> v == null || v.isBlank())) {
            line.grade = null;
            line.outcome.setText("");
            return;
        }
        line.grade = standard.grade(raw);
        if (!line.grade.valid()) {
            for (ScoreProblem p : line.grade.problems()) {
                TextField box = line.boxes.get(p.field());
                String current = box == null ? "" : box.getValue();
                // an empty box that is merely not filled in yet is not shouted at while typing
                if (box != null && !("training.score.required".equals(p.messageKey()) && current.isBlank())) {
                    box.setErrorMessage(getTranslation(p.messageKey(), p.argArray()));
                    box.setInvalid(true);
                }
            }
            line.outcome.setText(getTranslation("training.sheet.incomplete"));
            line.outcome.getElement().getThemeList().add("badge error");
            return;
        }
        line.outcome.setText(outcomeText(line.grade));
        line.outcome.getElement().getThemeList().add(line.grade.passed() ? "badge success" : "badge error");
    }

    private String outcomeText(Grade g) {
        if (g.tier() != null) {
            return getTranslation("tier." + g.tier().name());
        }
        String verdict = getTranslation(g.passed() ? "training.passed" : "training.failed");
        return g.totalPoints() == null ? verdict : getTranslation("training.points", g.totalPoints()) + " · " + verdict;
    }

    /** Fills a line with what was saved before (a draft being resumed, or a signed-off sheet). */
    public void load(long soldierId, Attendance attendance, Map<String, String> raw) {
        for (Line line : lines) {
            if (line.participant.soldierId() == soldierId) {
                line.attendance.setValue(attendance);
                line.boxes.forEach((name, box) -> box.setValue(raw.getOrDefault(name, "")));
                regrade(line);
            }
        }
    }

    /** A signed-off sheet is shown, not edited. */
    public void setReadOnly(boolean readOnly) {
        for (Line line : lines) {
            line.attendance.setReadOnly(readOnly);
            line.boxes.values().forEach(b -> b.setReadOnly(readOnly));
        }
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Lines that would stop sign-off: present without a valid grade. */
    public List<Line> incomplete() {
        return lines.stream()
                .filter(l -> l.attendance() == Attendance.PRESENT && (l.grade == null || !l.grade.valid()))
                .toList();
    }
}
