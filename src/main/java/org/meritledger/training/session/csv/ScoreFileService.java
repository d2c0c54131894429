package org.meritledger.training.session.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.base.NotFoundException;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.correction.CorrectionService;
import org.meritledger.training.correction.ResultLine;
import org.meritledger.training.session.SessionDetail;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.SessionState;
import org.meritledger.training.session.TrainingResult;
import org.meritledger.training.session.TrainingResults;
import org.meritledger.training.session.TrainingSession;
import org.meritledger.training.session.TrainingSessions;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.Standard;
import org.meritledger.training.standard.TrainingStandards;

/**
 * Results files: import into a draft session (preview first, then the valid rows are saved as
 * draft lines, never signed) and export of a signed-off session. Importing is idempotent: a
 * participant whose line already has values is "already recorded" and not imported again, so
 * uploading the same file twice imports nothing the second time.
 */
@ApplicationScoped
@Transactional
public class ScoreFileService {

    /** Files over this size are refused unread (documented in docs/training.md). */
    public static final long MAX_BYTES = ScoreCsvImporter.DEFAULT_MAX_BYTES;

    private TrainingSessions sessions;
    private TrainingResults results;
    private TrainingStandards standards;
    private Soldiers soldiers;
    private PersonnelScope scope;
    private CallerProvider callers;
    private SessionService sessionService;
    private CorrectionService corrections;

    protected ScoreFileService() {}

    @Inject
    public ScoreFileService(
            TrainingSessions sessions,
            TrainingResults results,
            TrainingStandards standards,
            Soldiers soldiers,
            PersonnelScope scope,
            CallerProvider callers,
            SessionService sessionService,
            CorrectionService corrections) {
        this.sessions = sessions;
        this.results = results;
        this.standards = standards;
        this.soldiers = soldiers;
        this.scope = scope;
        this.callers = callers;
        this.sessionService = sessionService;
        this.corrections = corrections;
    }

    /** What the file would import into this draft session; nothing is saved. */
    public ImportPreview preview(long sessionId, byte[] file) {
        return new Checked(sessionId).preview(file);
    }

    /**
     * Saves the file's valid rows as draft lines (the file is read again here: the preview the
     * user saw is not trusted). Returns how many lines were imported; 0 when all were already there.
     */
    public int importValid(long sessionId, byte[] file) {
        Checked checked = new Checked(sessionId);
        ImportPreview preview = checked.preview(file);
        if (!preview.usable() || preview.valid().isEmpty()) {
            return 0;
        }
        List<SessionService.LineInput> lines = new ArrayList<>();
        for (ImportPreview.ValidRow row : preview.valid()) {
            lines.add(new SessionService.LineInput(
                    checked.soldierIds.get(row.serviceNumber()), Attendance.PRESENT, row.raw()));
        }
        sessionService.saveDraft(sessionId, lines);
        return lines.size();
    }

    /** The draft session, checked: the caller may change it, and what the file's service numbers are to it. */
    private final class Checked {
        final TrainingSession session;
        final Standard standard;
        final Map<String, Long> soldierIds = new HashMap<>();
        final Map<Long, TrainingResult> lines = new HashMap<>();

        Checked(long sessionId) {
            Caller caller = callers.require();
            PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
            UnitTree tree = scope.tree();
            session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
            var visible = scope.visibleUnitIds(caller, tree);
            if (visible != null && !visible.contains(session.getUnitId())) {
                throw new NotFoundException("session " + sessionId);
            }
            scope.requireCanChange(caller, tree, session.getUnitId());
            if (session.getState() != SessionState.DRAFT) {
                throw new TrainingRuleException("training.session.signedOff");
            }
            standard = standards.find(session.getStandardId()).orElseThrow().standard();
            results.ofSession(sessionId).forEach(r -> lines.put(r.getSoldierId(), r));
        }

        ImportPreview preview(byte[] file) {
            try {
                return new ScoreCsvImporter(standard, MAX_BYTES).preview(new ByteArrayInputStream(file), this::lookup);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Participant lookup(String serviceNumber) {
            Soldier s = soldiers.findByServiceNumber(serviceNumber).orElse(null);
            if (s == null) {
                return Participant.UNKNOWN;
            }
            TrainingResult line = lines.get(s.getId());
            if (line == null) {
                return Participant.OUTSIDE_SESSION_UNIT;
            }
            soldierIds.put(serviceNumber, s.getId());
            boolean recorded = line.getAttendance() != Attendance.PRESENT
                    || line.raw().values().stream().anyMatch(v -> v != null && !v.isBlank());
            return recorded ? Participant.ALREADY_RECORDED : Participant.IN_SESSION;
        }
    }

    /**
     * A signed-off session's results as CSV, with the values that count now (corrections in
     * effect applied) and a {@code corrected} column. The header uses the import's column names,
     * so an export can be read back by the importer.
     */
    public byte[] export(long sessionId) {
        SessionDetail d = sessionService.detail(sessionId);
        if (d.summary().state() != SessionState.SIGNED_OFF) {
            throw new TrainingRuleException("training.export.notSignedOff");
        }
        List<String> header = new ArrayList<>(List.of("service_number", "name", "attendance"));
        d.standard().fields().forEach(f -> header.add(f.name()));
        header.addAll(List.of("passed", "tier", "total_points", "corrected"));
        List<List<String>> rows = new ArrayList<>();
        for (ResultLine l : corrections.lines(sessionId)) {
            ResultValues v = l.effective();
            List<String> row = new ArrayList<>(
                    List.of(l.serviceNumber(), l.name(), v.attendance().name()));
            d.standard().fields().forEach(f -> row.add(v.raw().getOrDefault(f.name(), "")));
            row.add(v.passed() == null ? "" : v.passed().toString());
            row.add(v.tier() == null ? "" : v.tier().name());
            row.add(v.totalPoints() == null ? "" : v.totalPoints().toString());
            row.add(l.mark() == ResultLine.Mark.NONE ? "" : l.mark().name().toLowerCase(java.util.Locale.ROOT));
            rows.add(row);
        }
        return ResultsCsvExport.write(header, rows);
    }
}
