package com.reportworkbench.ui.dialogs;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.Confidence;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.FieldEvidence;
import com.reportworkbench.text.MetadataEvidence;
import com.reportworkbench.text.MetadataField;
import com.reportworkbench.text.RegionCodes;
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

/**
 * The document's region (and its code), level, date, year and title, each beside the cue it was detected
 * from and how sure that is; optionally extract its figures again.
 */
public final class MetadataDialog {
    /** @param regionCode the code to store: the one typed, or the new region's own when only the region changed */
    public record Result(DocumentMetadata metadata, String regionCode, boolean reextract) {}

    private MetadataDialog() {}

    public static Optional<Result> show(Window owner, DocumentRecord doc, boolean reextractAvailable) {
        return show(owner, doc, MetadataEvidence.none(), reextractAvailable);
    }

    public static Optional<Result> show(Window owner, DocumentRecord doc, MetadataEvidence evidence,
            boolean reextractAvailable) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(tr("metadata.title"));
        dialog.setHeaderText(doc.fileName());
        TextField title = new TextField(doc.title() == null ? "" : doc.title());
        title.setPrefColumnCount(30);
        TextField region = new TextField(doc.region() == null ? "" : doc.region());
        String originalCode = doc.regionCode() == null ? "" : doc.regionCode();
        TextField regionCode = new TextField(originalCode);
        regionCode.setPrefColumnCount(7);
        regionCode.setId("metaRegionCode");
        ComboBox<AdminLevel> level = LevelChoice.create("—", doc.level());
        DatePicker date = new DatePicker(doc.reportDate());
        TextField year = new TextField(doc.year() == null ? "" : doc.year().toString());
        CheckBox reextract = new CheckBox(tr("metadata.reextract"));
        title.setId("metaTitle");
        region.setId("metaRegion");
        level.setId("metaLevel");
        date.setId("metaDate");
        year.setId("metaYear");
        reextract.setId("metaReextract");
        dialog.getDialogPane().setId("metadataDialog");
        reextract.setDisable(!reextractAvailable);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int r = 0;
        Label evidenceHeader = new Label(tr("metadata.evidence"));
        evidenceHeader.getStyleClass().add("metadata-evidence-header");
        grid.add(evidenceHeader, 2, r++);
        grid.addRow(r++, new Label(tr("documents.title")), title);
        grid.addRow(r++, new Label(tr("documents.region")), region, evidence(evidence, MetadataField.REGION, "metaRegionEvidence"));
        grid.addRow(r++, new Label(tr("metadata.regionCode")), regionCode);
        grid.addRow(r++, new Label(tr("documents.level")), level, evidence(evidence, MetadataField.LEVEL, "metaLevelEvidence"));
        grid.addRow(r++, new Label(tr("metadata.date")), date, evidence(evidence, MetadataField.REPORT_DATE, "metaDateEvidence"));
        grid.addRow(r++, new Label(tr("documents.year")), year, evidence(evidence, MetadataField.YEAR, "metaYearEvidence"));
        grid.add(reextract, 1, r++, 2, 1);
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
            String newRegion = blank(region.getText());
            String code = blank(regionCode.getText());
            if (code != null && code.equals(blank(originalCode)) && !java.util.Objects.equals(newRegion, blank(doc.region()))) {
                code = RegionCodes.standard().codeOf(newRegion).orElse(null); // the new region's own code
            }
            return new Result(new DocumentMetadata(blank(title.getText()), newRegion, level.getValue(), d, y), code,
                    reextract.isSelected());
        });
        return dialog.showAndWait();
    }

    /** The cue and confidence of one field, marked when doubtful; the quote in full in the tooltip. */
    private static Label evidence(MetadataEvidence evidence, MetadataField field, String id) {
        FieldEvidence e = evidence.get(field).orElse(null);
        Label label = new Label(EvidenceText.of(e));
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(360);
        label.getStyleClass().add("metadata-evidence");
        if (e == null || e.confidence() == Confidence.DOUBTFUL) {
            label.getStyleClass().add("metadata-doubtful");
        }
        label.setTooltip(new javafx.scene.control.Tooltip(EvidenceText.of(e)));
        return label;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
