package com.reportworkbench.ui.importing;

import static com.reportworkbench.ui.I18n.tr;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** First run: an empty store offers the sample reports or a folder, and explains the three steps. */
public final class WelcomeView extends VBox {
    private final Button samples = new Button(tr("welcome.samples"));
    private final Button folder = new Button(tr("welcome.folder"));

    public WelcomeView(ImportViewModel vm, Runnable chooseFolder) {
        setId("welcomeView");
        getStyleClass().add("welcome");
        samples.setId("welcomeSamples");
        folder.setId("welcomeFolder");
        samples.getStyleClass().add("accent");
        Label title = new Label(tr("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(tr("welcome.intro"));
        intro.setWrapText(true);
        VBox steps = new VBox(8,
                step("1", tr("welcome.step.import")),
                step("2", tr("welcome.step.review")),
                step("3", tr("welcome.step.export")));
        samples.setOnAction(e -> vm.importSamples());
        folder.setOnAction(e -> chooseFolder.run());
        samples.disableProperty().bind(vm.runningProperty());
        folder.disableProperty().bind(vm.runningProperty());
        HBox buttons = new HBox(10, samples, folder);
        buttons.setAlignment(Pos.CENTER);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.setPrefWidth(320);
        Label status = new Label();
        status.textProperty().bind(vm.messageProperty());
        Label drop = new Label(tr("welcome.drop"));
        drop.getStyleClass().add("welcome-hint");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        setMaxWidth(560);
        getChildren().addAll(title, intro, steps, buttons, drop, bar, status);
    }

    private static HBox step(String n, String text) {
        Label number = new Label(n);
        number.getStyleClass().add("welcome-step-number");
        Label l = new Label(text);
        l.setWrapText(true);
        HBox box = new HBox(10, number, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    public Button samplesButton() {
        return samples;
    }
}
