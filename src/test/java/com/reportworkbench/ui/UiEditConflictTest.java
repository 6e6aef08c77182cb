package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.ui.team.ConflictDialog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Optimistic locking against polling (#13): a reload that brings another analyst's change of the figure
 * being edited keeps the analyst's typing, and the save is checked against the version they started
 * from — refused, never a silent overwrite of the other change.
 */
@ExtendWith(ApplicationExtension.class)
class UiEditConflictTest {
    UiFixture fx;
    long doc;
    final List<Throwable> failures = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new,
                s -> doc = UiTestData.insertSeeds(s, "000_b12ad143352142ad.txt").get(0));
        fx.vm.setErrorHandler(failures::add); // instead of the modal conflict dialog
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aPollingReloadDuringAnEditDoesNotLetTheSaveOverwriteTheOtherAnalystsChange(FxRobot robot) {
        robot.interact(() -> fx.vm.review().open(doc));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> fx.window.figureTable().table().getSelectionModel().select(0));
        FigureRecord started = fx.vm.editor().figure();
        assertThat(started).isNotNull();
        String typed = started.current().value().add(BigDecimal.ONE).toPlainString();
        robot.interact(() -> fx.vm.editor().value.set(typed));

        // another analyst changes the unit meanwhile; polling brings it into the window
        String me = fx.store.analyst();
        fx.store.signAs("bob");
        fx.store.figures().apply("bob: unit", List.of(new FigureEdit(started.id(), FigureField.UNIT, "万吨")), Map.of());
        fx.store.signAs(me);
        robot.interact(() -> fx.vm.review().reload());
        assertThat(fx.vm.review().currentProperty().get().version()).isGreaterThan(started.version());
        assertThat(fx.vm.editor().value.get()).isEqualTo(typed); // the typing survives the reload

        robot.interact(() -> fx.vm.editor().save());
        assertThat(failures).anySatisfy(e -> assertThat(ConflictDialog.conflictIn(e)).hasValueSatisfying(
                c -> assertThat(c.changedBy()).isEqualTo("bob")));
        FigureRecord stored = fx.store.figures().get(started.id()).orElseThrow();
        assertThat(stored.current().unit()).isEqualTo("万吨"); // bob's change is still there
        assertThat(stored.current().value()).isEqualByComparingTo(started.current().value());

        // "reload" in the conflict dialog: the analyst sees bob's change, decides again, and the save goes through
        robot.interact(() -> {
            fx.vm.editor().discardEdits();
            fx.vm.review().reload();
        });
        assertThat(fx.vm.editor().unit.get()).isEqualTo("万吨");
        robot.interact(() -> fx.vm.editor().value.set(typed));
        robot.interact(() -> fx.vm.editor().unitConfirmed.set(true));
        robot.interact(() -> fx.vm.editor().save());
        FigureRecord saved = fx.store.figures().get(started.id()).orElseThrow();
        assertThat(saved.current().value()).isEqualByComparingTo(typed);
        assertThat(saved.current().unit()).isEqualTo("万吨");
    }
}
