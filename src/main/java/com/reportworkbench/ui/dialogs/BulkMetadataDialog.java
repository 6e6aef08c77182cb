package com.reportworkbench.ui.dialogs;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.MetadataEdit;
import com.reportworkbench.text.AdminLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Sets region, level or year on many documents at once: a field left empty stays as it is on each document;
 * a value all selected documents share is prefilled. Optionally extracts their figures again, so that
 * periods follow a new year.
 */
public final class BulkMetadataDialog {
    public record Result(MetadataEdit edit, boolean reextract) {}

    private BulkMetadataDialog() {}

    public static Optional<Result> show(Window owner, List<DocumentRecord> docs, boolean reextractAvailable) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(tr("bulk.title"));
        dialog.setHeaderText(tr("bulk.header", docs.size()));
        dialog.getDialogPane().setId("bulkMetadataDialog");
        TextField region = new TextField(nz(shared(docs, DocumentRecord::region)));
        region.setPromptText(tr("bulk.unchanged"));
        region.setPrefColumnCount(24);
        region.setId("bulkRegion");
        ComboBox<AdminLevel> level = LevelChoice.create(tr("bulk.unchanged"), shared(docs, DocumentRecord::level));
        level.setId("bulkLevel");
        Integer sharedYear = shared(docs, DocumentRecord::year);
        TextField year = new TextField(sharedYear == null ? "" : sharedYear.toString());
        year.setPromptText(tr("bulk.unchanged"));
        year.setId("bulkYear");
        CheckBox reextract = new CheckBox(tr("bulk.reextract"));
        reextract.setId("bulkReextract");
        reextract.setDisable(!reextractAvailable);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(tr("documents.region")), region);
        grid.addRow(1, new Label(tr("documents.level")), level);
        grid.addRow(2, new Label(tr("documents.year")), year);
        grid.add(reextract, 1, 3);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !year.getText().isBlank() && !year.getText().trim().matches("\\d{4}"), year.textProperty()));
        dialog.setResultConverter(bt -> bt != ButtonType.OK ? null : new Result(new MetadataEdit(
                blank(region.getText()), null, level.getValue(),
                year.getText().isBlank() ? null : Integer.valueOf(year.getText().trim())), reextract.isSelected()));
        return dialog.showAndWait();
    }

    /** The value every document has, or null when they differ. */
    static <T> T shared(List<DocumentRecord> docs, Function<DocumentRecord, T> field) {
        T first = docs.isEmpty() ? null : field.apply(docs.get(0));
        return docs.stream().allMatch(d -> Objects.equals(field.apply(d), first)) ? first : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
