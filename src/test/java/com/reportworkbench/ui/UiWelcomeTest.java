package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.importer.SampleReports;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.ui.review.Highlighter;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First run: an empty store shows the welcome view; "import the sample reports" fills it (real importer). */
@ExtendWith(ApplicationExtension.class)
class UiWelcomeTest {
    UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, DefaultCoreServices::new, s -> { });
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theWelcomeViewOffersTheSamplesAndImportingThemFillsTheStore(FxRobot robot) {
        assertThat(robot.lookup("#welcomeView").query().isVisible()).isTrue();
        assertThat(robot.lookup("#welcomeView").query().getParent().isVisible()).isTrue();
        robot.clickOn("#welcomeSamples");
        WaitForAsyncUtils.waitForFxEvents();
        int samples = SampleReports.names().size();
        assertThat(samples).isEqualTo(5);
        assertThat(fx.store.documents().count()).isEqualTo(samples);
        assertThat(fx.window.documentList().table().getItems()).hasSize(samples);
        assertThat(fx.vm.showWelcomeProperty().get()).isFalse();
        assertThat(robot.lookup("#welcomeView").query().getParent().isVisible()).isFalse();

        // the imported figures are highlighted like any others
        robot.interact(() -> fx.window.documentList().table().getSelectionModel().select(0));
        DocumentRecord d = fx.window.documentList().table().getSelectionModel().getSelectedItem();
        assertThat(d.figureCount()).isPositive();
        var area = fx.window.textView().area();
        assertThat(Highlighter.countHighlights(area.getStyleSpans(0, area.getLength())))
                .isEqualTo(fx.store.figures().forDocument(d.id()).size());
    }
}
