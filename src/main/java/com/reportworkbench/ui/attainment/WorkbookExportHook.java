package com.reportworkbench.ui.attainment;

import com.reportworkbench.export.ExportOptions;
import com.reportworkbench.export.ExportSummary;
import com.reportworkbench.export.Exporter;
import com.reportworkbench.store.Store;
import com.reportworkbench.ui.ExportHook;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The workbench's export action (registered as a {@code ServiceLoader} service of {@link ExportHook}): asks
 * for the file (.xlsx workbook, or .csv for one CSV per sheet in a folder of that name) and whether to export
 * reviewed figures only, then exports in a background task.
 */
public final class WorkbookExportHook implements ExportHook {
    @Override
    public void export(Window owner, Store store, List<Long> documentIds) {
        CheckBox reviewedOnly = new CheckBox("仅导出已审核的数据（已接受、已修改、新增）");
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle("导出");
        ask.setHeaderText("导出 " + documentIds.size() + " 份报告的数据、目标完成情况和文档信息");
        ask.getDialogPane().setContent(reviewedOnly);
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("导出到");
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter("Excel 工作簿 (*.xlsx)", "*.xlsx");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("CSV（每个工作表一个文件）(*.csv)", "*.csv");
        chooser.getExtensionFilters().addAll(xlsx, csv);
        chooser.setInitialFileName("报告数据.xlsx");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        boolean asCsv = chooser.getSelectedExtensionFilter() == csv || chosen.getName().endsWith(".csv");
        Path target = asCsv ? Path.of(chosen.getPath().replaceFirst("\\.csv$", "")) : chosen.toPath();
        ExportOptions options = ExportOptions.of(reviewedOnly.isSelected(), documentIds);
        Task<ExportSummary> task = new Task<>() {
            @Override
            protected ExportSummary call() throws Exception {
                ExportOptions withProgress = options.withProgress(n -> updateMessage("已导出 " + n + " 条"),
                        this::isCancelled);
                return asCsv ? Exporter.toCsv(store, target, withProgress)
                        : Exporter.toXlsx(store, target, withProgress);
            }
        };
        task.setOnSucceeded(e -> {
            ExportSummary s = task.getValue();
            Alert done = new Alert(Alert.AlertType.INFORMATION, "已导出 " + s.figures() + " 条数据、"
                    + s.attainmentRows() + " 行目标完成情况、" + s.documents() + " 份报告到\n" + target);
            done.initOwner(owner);
            done.setHeaderText("导出完成");
            done.show();
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            Alert failed = new Alert(Alert.AlertType.ERROR, t == null ? "" : String.valueOf(t.getMessage()));
            failed.initOwner(owner);
            failed.setHeaderText("导出失败");
            failed.show();
        });
        Thread thread = new Thread(task, "workbook-export");
        thread.setDaemon(true);
        thread.start();
    }
}
