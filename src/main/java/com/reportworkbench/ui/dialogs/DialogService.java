package com.reportworkbench.ui.dialogs;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.text.MetadataEvidence;
import com.reportworkbench.ui.CoreServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog and file chooser of the window behind one interface (JabRef's DialogService pattern): the
 * window asks, the service shows. {@link FxDialogService} shows real dialogs, each built fresh for its
 * showing; tests pass their own answers through a subclass instead of ad-hoc function fields.
 */
public interface DialogService {
    /** What the export asks: where, and whether only reviewed figures go out. */
    record ExportRequest(Path target, boolean reviewedOnly) {}

    List<Path> chooseImportFiles();

    Optional<Path> chooseImportFolder();

    Optional<ExportRequest> askExport(int documents);

    Optional<Path> chooseBackupTarget();

    /** Where the engine-neutral dump ({@code .jsonl.gz}) of a team's store goes; a save dialog for that extension. */
    default Optional<Path> chooseDumpTarget() {
        return chooseBackupTarget();
    }

    Optional<Path> chooseBackupToRestore();

    /** A yes/no question; true when the analyst said OK. */
    boolean confirm(String header, String message);

    /** A short non-modal information. */
    void inform(String header, String message);

    /** "Add figure", prefilled with {@code start}; the confirmed figure or empty. */
    Optional<Figure> addFigure(CoreServices core, Figure start);

    /** One of {@code choices}, for the selected figures. */
    Optional<String> chooseIndicator(List<String> choices, String header);

    /** The phrase → indicator question: empty when cancelled, else whether to remember the mapping. */
    Optional<Boolean> confirmPhraseMapping(String header, String count);

    Optional<MetadataDialog.Result> editMetadata(DocumentRecord document, MetadataEvidence evidence,
            boolean reextractAvailable);

    /** Region, level or year for several documents at once. */
    Optional<BulkMetadataDialog.Result> bulkMetadata(List<DocumentRecord> documents, boolean reextractAvailable);

    /** The files an import could not read, each with its reason (non-modal). */
    void showImportFailures(com.reportworkbench.importer.ImportSummary summary);

    /** The preferences dialog; true when they were changed. */
    boolean editPreferences(com.reportworkbench.ui.UiPreferences prefs);

    void showShortcuts();

    void showAbout(Path storeDirectory);
}
