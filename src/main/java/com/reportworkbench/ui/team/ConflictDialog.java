package com.reportworkbench.ui.team;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.FigureChangedException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A save refused because another analyst changed the figure first (optimistic locking): says who and
 * when, and offers to reload the figure, so the analyst decides again on what is really stored now.
 */
public final class ConflictDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private ConflictDialog() {}

    /** The refusal inside a failure, if it is one. */
    public static Optional<FigureChangedException> conflictIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FigureChangedException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Shows the dialog when the failure is a refused save; runs {@code reload} if the analyst asks. True if shown. */
    public static boolean showIfConflict(Window owner, Throwable failure, Runnable reload) {
        Optional<FigureChangedException> conflict = conflictIn(failure);
        if (conflict.isEmpty()) {
            return false;
        }
        FigureChangedException e = conflict.get();
        ButtonType reloadButton = new ButtonType(tr("team.conflict.reload"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, tr("team.conflict.text",
                e.changedBy() == null ? "?" : e.changedBy(), e.changedAt() == null ? "?" : WHEN.format(e.changedAt())),
                reloadButton, ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(tr("team.conflict.title"));
        alert.setHeaderText(tr("team.conflict.title"));
        if (alert.showAndWait().filter(b -> b == reloadButton).isPresent()) {
            reload.run();
        }
        return true;
    }
}
