package com.reportworkbench.ui.dialogs;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.ui.WorkbenchApp;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Version, store location and the licences of the libraries. */
public final class AboutDialog {
    static final String LICENCES = """
            OpenJFX 21 — GPL v2 with Classpath Exception
            ControlsFX 11.2 — BSD 3-Clause
            RichTextFX 0.11 (Flowless, UndoFX, WellBehavedFX) — BSD 2-Clause
            AtlantaFX 2.0 — MIT
            H2 Database 2.3 — MPL 2.0 / EPL 1.0
            Flyway 10 — Apache 2.0
            jieba-analysis 1.0.2 — Apache 2.0
            Apache POI 5.3, PDFBox 3.0 — Apache 2.0
            jsoup 1.18 — MIT
            juniversalchardet 2.5 — MPL 1.1 / GPL / LGPL
            fastexcel 0.18 — Apache 2.0
            Jackson 2.18 — Apache 2.0
            picocli 4.7 — Apache 2.0
            SLF4J 2.0 — MIT
            """;

    private AboutDialog() {}

    public static String version() {
        String v = WorkbenchApp.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    public static Alert create(Window owner, Path store) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(tr("about.title"));
        alert.setHeaderText(tr("app.title") + "  " + version());
        TextArea licences = new TextArea(LICENCES);
        licences.setEditable(false);
        licences.setPrefRowCount(10);
        VBox box = new VBox(8, new Label(tr("about.store", store == null ? "—" : store.toString())),
                new Label(tr("about.java", System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?"))),
                new Label(tr("about.licences")), licences);
        alert.getDialogPane().setContent(box);
        alert.setResizable(true);
        return alert;
    }
}
