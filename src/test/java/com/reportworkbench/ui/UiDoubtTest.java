package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.ConfidenceRepository;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.store.Store;
import com.reportworkbench.ui.doubt.DoubtController;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review ordered by doubt on two seed reports whose figures carry known confidences (set in the store,
 * so that the test does not depend on the model): doubtful-first in the document and in the corpus,
 * the confidence column's order, the doubtful counts, and the bulk accept undone as one step.
 */
@ExtendWith(ApplicationExtension.class)
class UiDoubtTest {
    UiFixture fx;
    List<Long> docs;
    /** figure id → confidence given. */
    final Map<Long, Double> given = new HashMap<>();
    /** The least confident figure of all: in the second document. */
    long leastOfAll;
    /** A figure of the first document a consistency check flags: a little above that document's lowest confidence. */
    long flaggedInFirst;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new, s -> {
            docs = UiTestData.insertSeeds(s, "000_b12ad143352142ad.txt", "004_3d2c4c437c53b37a.txt");
            giveConfidences(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A spread of confidences from 0.3 to 0.99, in an order unlike the text order; one very low in document 2. */
    private void giveConfidences(Store s) {
        ConfidenceRepository repo = ConfidenceRepository.of(s);
        List<ConfidenceRepository.Update> updates = new ArrayList<>();
        for (long doc : docs) {
            List<FigureRecord> figs = s.figures().forDocument(doc);
            for (int i = 0; i < figs.size(); i++) {
                double c = 0.3 + ((i * 37) % figs.size()) * (0.69 / figs.size());
                given.put(figs.get(i).id(), c);
                updates.add(new ConfidenceRepository.Update(figs.get(i).id(), c, "", ""));
            }
        }
        List<FigureRecord> second = s.figures().forDocument(docs.get(1));
        leastOfAll = second.get(second.size() / 2).id();
        given.put(leastOfAll, 0.01);
        updates.add(new ConfidenceRepository.Update(leastOfAll, 0.01, "indicator_guess", ""));
        // the first document's highest-confidence figure becomes just above its lowest, with a check flag:
        // by confidence alone it would come second, by doubt score first
        List<FigureRecord> first = s.figures().forDocument(docs.get(0));
        double lowest = first.stream().mapToDouble(f -> given.get(f.id())).min().orElseThrow();
        flaggedInFirst = first.stream().max(Comparator.comparingDouble((FigureRecord f) -> given.get(f.id()))).orElseThrow().id();
        given.put(flaggedInFirst, lowest + 0.1);
        updates.add(new ConfidenceRepository.Update(flaggedInFirst, lowest + 0.1, "", ""));
        repo.save(updates);
        repo.replaceChecks(List.of(new ConfidenceRepository.Check(flaggedInFirst, "outlier_vs_series", "far from its series")));
    }

    private boolean flagged(long figureId) {
        return ConfidenceRepository.of(fx.store).checks(null).containsKey(figureId);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private TableView<FigureRecord> figures() {
        return fx.window.figureTable().table();
    }

    private DoubtController doubt() {
        return fx.window.doubt();
    }

    private void open(FxRobot robot, long id) {
        robot.interact(() -> {
            var table = fx.window.documentList().table();
            table.getSelectionModel().select(table.getItems().stream().filter(d -> d.id() == id).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, KeyCode... keys) {
        robot.interact(() -> fx.stage.requestFocus());
        robot.interact(() -> figures().requestFocus());
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FigureRecord selected() {
        return figures().getSelectionModel().getSelectedItem();
    }

    /** The unreviewed figures of the open document, most doubtful first (confidence lowered by a check flag). */
    private List<Long> unreviewedByDoubt() {
        return fx.store.figures().forDocument(fx.vm.review().documentId().orElseThrow()).stream()
                .filter(f -> !f.isReviewed())
                .sorted(Comparator.comparingDouble((FigureRecord f) -> com.reportworkbench.doubt.DoubtService.doubtScore(
                        given.get(f.id()), flagged(f.id()))).thenComparingInt(f -> f.current().start()))
                .map(FigureRecord::id).toList();
    }

    @Test
    void doubtfulFirstInTheDocumentGoesToTheLeastConfidentUnreviewedFigure(FxRobot robot) {
        open(robot, docs.get(0));
        type(robot, KeyCode.N);
        long textOrder = selected().id(); // mode off: N is the next unreviewed in table order
        assertThat(textOrder).isEqualTo(figures().getItems().get(0).id());

        robot.interact(() -> doubt().modeProperty().set(DoubtController.Mode.DOCUMENT));
        List<Long> expected = unreviewedByDoubt();
        assertThat(expected.get(0)).as("the flagged figure goes before the less confident unflagged one")
                .isEqualTo(flaggedInFirst);
        type(robot, KeyCode.N);
        assertThat(selected().id()).isEqualTo(expected.get(0));
        type(robot, KeyCode.ENTER); // accept it: the next N goes to the second least confident
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.store.figures().get(expected.get(0)).orElseThrow().status()).isEqualTo(ReviewStatus.ACCEPTED);
        type(robot, KeyCode.N);
        assertThat(selected().id()).isEqualTo(expected.get(1));
    }

    @Test
    void doubtfulFirstInTheCorpusOpensTheDocumentOfTheLeastConfidentFigure(FxRobot robot) {
        open(robot, docs.get(0));
        robot.interact(() -> doubt().modeProperty().set(DoubtController.Mode.CORPUS));
        type(robot, KeyCode.N);
        assertThat(fx.vm.review().documentId()).contains(docs.get(1));
        assertThat(selected().id()).isEqualTo(leastOfAll);
    }

    @Test
    void doubtfulFirstInTheCorpusPutsAFlaggedFigureBeforeASlightlyLessConfidentOne(FxRobot robot) {
        open(robot, docs.get(1));
        long flagged = fx.store.figures().forDocument(docs.get(0)).stream().map(FigureRecord::id)
                .filter(id -> id != flaggedInFirst).findFirst().orElseThrow();
        ConfidenceRepository repo = ConfidenceRepository.of(fx.store);
        repo.save(List.of(new ConfidenceRepository.Update(flagged, 0.2, "", "")));
        repo.replaceChecks(List.of(new ConfidenceRepository.Check(flagged, "restated_differently", "restated as 7%")));
        robot.interact(() -> doubt().modeProperty().set(DoubtController.Mode.CORPUS));
        type(robot, KeyCode.N);
        assertThat(fx.vm.review().documentId()).contains(docs.get(0));
        assertThat(selected().id()).isEqualTo(flagged);
    }

    /** An edit reruns the checks at once: the flag the edit causes is shown, and goes with the undo. */
    @Test
    void anEditRerunsTheChecksOfItsDocument(FxRobot robot) {
        open(robot, docs.get(0));
        FigureRecord target = fx.store.figures().forDocument(docs.get(0)).stream()
                .filter(f -> f.current().indicator() != null)
                .findFirst().orElseThrow();
        assertThat(doubt().doubts().get(target.id()).flags()).doesNotContain("target_year_passed");
        robot.interact(() -> fx.vm.review().saveEdits(target.id(), List.of(new com.reportworkbench.store.FigureEdit(
                target.id(), com.reportworkbench.store.FigureField.PERIOD, "1990"), new com.reportworkbench.store.FigureEdit(
                target.id(), com.reportworkbench.store.FigureField.KIND, "target"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doubt().doubts().get(target.id()).flags()).contains("target_year_passed");
        assertThat(ConfidenceRepository.of(fx.store).checks(docs.get(0)).get(target.id()))
                .extracting(ConfidenceRepository.Check::code).contains("target_year_passed");
        robot.interact(() -> fx.vm.review().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doubt().doubts().get(target.id()).flags()).doesNotContain("target_year_passed");
    }

    @Test
    void theTableSortsByConfidenceAndShowsFlags(FxRobot robot) {
        open(robot, docs.get(1));
        @SuppressWarnings("unchecked")
        TableColumn<FigureRecord, ?> confidence = figures().getColumns().stream()
                .filter(c -> "confidenceColumn".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> figures().getSortOrder().setAll(List.of(confidence)));
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> shown = figures().getItems().stream().map(f -> given.get(f.id())).toList();
        assertThat(shown).isSortedAccordingTo(Double::compare);
        assertThat(figures().getItems().get(0).id()).isEqualTo(leastOfAll);
        assertThat(doubt().doubts().get(leastOfAll).flags()).containsExactly("indicator_guess");
    }

    @Test
    void theDocumentListCountsTheDoubtfulFiguresLeft(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (long doc : docs) {
            long expected = fx.store.figures().forDocument(doc).stream()
                    .filter(f -> given.get(f.id()) < com.reportworkbench.doubt.DoubtService.DOUBTFUL_BELOW).count();
            assertThat(ConfidenceRepository.of(fx.store).doubtfulLeft(0.8).getOrDefault(doc, 0)).as("repo").isEqualTo((int) expected);
            assertThat(doubt().doubtfulLeft().getOrDefault(doc, 0)).isEqualTo((int) expected);
        }
    }

    @Test
    void bulkAcceptAboveAThresholdIsUndoneAsOneStep(FxRobot robot) {
        open(robot, docs.get(0));
        double threshold = 0.8;
        List<Long> above = new ArrayList<>();
        List<Long> below = new ArrayList<>();
        for (FigureRecord f : fx.store.figures().forDocument(docs.get(0))) {
            (given.get(f.id()) >= threshold ? above : below).add(f.id());
        }
        assertThat(above).isNotEmpty();
        assertThat(below).isNotEmpty();
        robot.interact(() -> doubt().acceptAbove(threshold));
        WaitForAsyncUtils.waitForFxEvents();
        for (FigureRecord f : fx.store.figures().forDocument(docs.get(0))) {
            assertThat(f.status()).as(f.current().text())
                    .isEqualTo(above.contains(f.id()) ? ReviewStatus.ACCEPTED : ReviewStatus.PROPOSED);
        }
        robot.interact(() -> figures().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.store.figures().forDocument(docs.get(0))).allSatisfy(
                f -> assertThat(f.status()).isEqualTo(ReviewStatus.PROPOSED));
    }
}
