package com.reportworkbench.ui.dialogs;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.text.MetadataEvidence;
import com.reportworkbench.ui.CoreServices;
import com.reportworkbench.ui.UiPreferences;
import com.reportworkbench.ui.review.AddFigureDialog;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window; each is a new Dialog (and DialogPane) per showing. */
public class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    protected Window owner() {
        return owner.get();
    }

    @Override
    public List<Path> chooseImportFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr("menu.file.importFiles"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(tr("import.filter.reports"), "*.txt", "*.docx", "*.pdf", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(tr("import.filter.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseImportFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(tr("menu.file.importFolder"));
        return Optional.ofNullable(chooser.showDialog(owner())).map(File::toPath);
    }

    @Override
    public Optional<ExportRequest> askExport(int documents) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner());
        ask.setTitle(tr("menu.file.export"));
        ask.setHeaderText(tr("export.header", documents));
        CheckBox reviewedOnly = new CheckBox(tr("export.reviewedOnly"));
        reviewedOnly.setSelected(true);
        ask.getDialogPane().setContent(new VBox(8, reviewedOnly));
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr("menu.file.export"));
        chooser.setInitialFileName("report-workbench.xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showSaveDialog(owner());
        return file == null ? Optional.empty() : Optional.of(new ExportRequest(file.toPath(), reviewedOnly.isSelected()));
    }

    @Override
    public Optional<Path> chooseBackupTarget() {
        return chooseZip(true);
    }

    @Override
    public Optional<Path> chooseBackupToRestore() {
        return chooseZip(false);
    }

    @Override
    public Optional<Path> chooseDumpTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr("menu.file.backup"));
        chooser.getExtensionFilters().add(DUMP);
        chooser.setInitialFileName(backupFileName(true));
        return Optional.ofNullable(chooser.showSaveDialog(owner())).map(File::toPath);
    }

    private static final FileChooser.ExtensionFilter DUMP = new FileChooser.ExtensionFilter(
            "JSON Lines (gzip)", "*" + com.reportworkbench.store.StoreDump.SUFFIX);

    /** The proposed name of a backup: a zip of an H2 store, or the engine-neutral dump. */
    public static String backupFileName(boolean dump) {
        return "report-workbench-backup-" + java.time.LocalDate.now()
                + (dump ? com.reportworkbench.store.StoreDump.SUFFIX : ".zip");
    }

    private Optional<Path> chooseZip(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
        if (save) {
            chooser.setInitialFileName(backupFileName(false));
        } else {
            chooser.getExtensionFilters().add(DUMP); // an engine-neutral dump restores into an empty store (#13)
        }
        File f = save ? chooser.showSaveDialog(owner()) : chooser.showOpenDialog(owner());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public boolean confirm(String header, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message);
        a.initOwner(owner());
        a.setHeaderText(header);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void inform(String header, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message);
        a.initOwner(owner());
        a.setHeaderText(header);
        a.show();
    }

    @Override
    public Optional<Figure> addFigure(CoreServices core, Figure start) {
        return AddFigureDialog.show(owner(), core, start);
    }

    @Override
    public Optional<String> chooseIndicator(List<String> choices, String header) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner());
        dialog.setTitle(tr("menu.figure.indicator"));
        dialog.setHeaderText(header);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Boolean> confirmPhraseMapping(String header, String count) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner());
        a.setTitle(tr("menu.figure.mapPhrase"));
        a.setHeaderText(header);
        CheckBox remember = new CheckBox(tr("phrase.remember"));
        remember.setSelected(true);
        a.getDialogPane().setContent(new VBox(8, new Label(count), remember));
        return a.showAndWait().filter(b -> b == ButtonType.OK).map(b -> remember.isSelected());
    }

    @Override
    public Optional<MetadataDialog.Result> editMetadata(DocumentRecord document, MetadataEvidence evidence,
            boolean reextractAvailable) {
        return MetadataDialog.show(owner(), document, evidence, reextractAvailable);
    }

    @Override
    public Optional<BulkMetadataDialog.Result> bulkMetadata(List<DocumentRecord> documents, boolean reextractAvailable) {
        return BulkMetadataDialog.show(owner(), documents, reextractAvailable);
    }

    @Override
    public void showImportFailures(com.reportworkbench.importer.ImportSummary summary) {
        com.reportworkbench.ui.importing.ImportResultDialog.create(owner(), summary).show();
    }

    @Override
    public boolean editPreferences(UiPreferences prefs) {
        return PreferencesDialog.show(owner(), prefs);
    }

    @Override
    public void showShortcuts() {
        Shortcuts.create(owner()).show();
    }

    @Override
    public void showAbout(Path storeDirectory) {
        AboutDialog.create(owner(), storeDirectory).show();
    }
}
