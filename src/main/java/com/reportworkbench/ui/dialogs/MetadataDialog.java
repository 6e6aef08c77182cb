package com.reportworkbench.ui.dialogs;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The document's region, level, date, year and title; optionally extract its figures again. */
public final class MetadataDialog {
    public record Result(DocumentMetadata metadata, boolean reextract) {}

    private MetadataDialog() {}

    public static Optional<Result> show(Window owner, DocumentRecord doc, boolean reextractAvailable) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(tr("metadata.title"));
        dialog.setHeaderText(doc.fileName());
        TextField title = new TextField(doc.title() == null ? "" : doc.title());
        title.setPrefColumnCount(30);
        TextField region = new TextField(doc.region() == null ? "" : doc.region());
        ComboBox<AdminLevel> level = new ComboBox<>();
        level.getItems().add(null);
        level.getItems().addAll(AdminLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(AdminLevel l) {
                return l == null ? "—" : tr("level." + l.id());
            }

            @Override
            public AdminLevel fromString(String s) {
                return null;
            }
        });
        level.setValue(doc.level());
        DatePicker date = new DatePicker(doc.reportDate());
        TextField year = new TextField(doc.year() == null ? "" : doc.year().toString());
        CheckBox reextract = new CheckBox(tr("metadata.reextract"));
        reextract.setDisable(!reextractAvailable);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int r = 0;
        grid.addRow(r++, new Label(tr("documents.title")), title);
        grid.addRow(r++, new Label(tr("documents.region")), region);
        grid.addRow(r++, new Label(tr("documents.level")), level);
        grid.addRow(r++, new Label(tr("metadata.date")), date);
        grid.addRow(r++, new Label(tr("documents.year")), year);
        grid.add(reextract, 1, r++);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !year.getText().isBlank()
                        && !year.getText().trim().matches("\\d{4}"), year.textProperty()));
        dialog.setResultConverter(bt -> {
            if (bt != ButtonType.OK) {
                return null;
            }
            LocalDate d = date.getValue();
            Integer y = year.getText().isBlank() ? null : Integer.valueOf(year.getText().trim());
            return new Result(new DocumentMetadata(blank(title.getText()), blank(region.getText()), level.getValue(), d, y),
                    reextract.isSelected());
        });
        return dialog.showAndWait();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
