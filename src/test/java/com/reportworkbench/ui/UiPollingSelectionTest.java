package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.DocumentRecord;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a polling refresh does (#13): the document list is read again and keeps its highlighted row. */
@ExtendWith(ApplicationExtension.class)
class UiPollingSelectionTest {
    UiFixture fx;
    List<Long> docs;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new,
                s -> docs = UiTestData.insertSeeds(s, "000_b12ad143352142ad.txt", "001_870255d8f02f9992.txt"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aRefreshOfTheListAfterAnotherAnalystsChangeKeepsTheSelectedRow(FxRobot robot) {
        TableView<DocumentRecord> table = fx.window.documentList().table();
        long second = docs.get(1);
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(d -> d.id() == second).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.vm.review().documentId()).contains(second);
        int figuresBefore = fx.vm.review().figures().size();
        robot.interact(() -> fx.window.figureTable().table().getSelectionModel().clearAndSelect(3));
        long currentFigure = fx.vm.review().currentProperty().get().id();

        // another analyst's change: the stored record differs, so the list gets new row objects
        fx.store.figures().setStatus("other", List.of(fx.store.figures().forDocument(second).get(0).id()),
                com.reportworkbench.store.ReviewStatus.ACCEPTED);
        robot.interact(() -> {
            fx.vm.review().reload(); // what StorePolling does
            fx.vm.documents().refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getSelectionModel().getSelectedIndices()).hasSize(1);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(second);
        assertThat(table.getSelectionModel().getSelectedItem().reviewedCount()).isEqualTo(1); // the fresh row
        assertThat(fx.vm.review().documentId()).contains(second);
        assertThat(fx.vm.review().figures()).hasSize(figuresBefore);
        assertThat(fx.vm.review().currentProperty().get().id()).isEqualTo(currentFigure); // the local selection stays
    }
}
