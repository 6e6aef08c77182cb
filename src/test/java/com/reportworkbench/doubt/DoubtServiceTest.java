package com.reportworkbench.doubt;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.store.ConfidenceRepository;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.store.Store;
import java.nio.file.Path;
import java.util.List;
import com.reportworkbench.testsupport.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Confidence in a store: every imported machine figure is scored, and calibrate refits on decisions. */
class DoubtServiceTest {
    @TempDir
    Path dir;

    /** On both engines: the V9 columns and tables are plain SQL. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void importScoresEveryMachineFigureAndCalibrateRefitsOnDecisions(String engine) {
        try (Store store = Store.open(Engines.freshStore(engine, dir))) {
            new ImportService(store).importAll(List.of(Path.of("seeds/000_b12ad143352142ad.txt")), ImportListener.NONE,
                    new CancellationFlag());
            DoubtService doubt = new DoubtService(store);
            doubt.afterImport();
            assertThat(doubt.runChecks()).isNotNegative();
            List<ConfidenceRepository.Scored> scored = doubt.repository().machineFigures(null);
            assertThat(scored).isNotEmpty().allSatisfy(s -> {
                assertThat(s.confidence()).isBetween(0.0, 1.0);
                assertThat(s.evidence()).isNotNull();
            });

            // too few decisions: nothing fitted, the bundled model stays
            store.figures().setStatus("accept", List.of(scored.get(0).figureId()), ReviewStatus.ACCEPTED);
            DoubtService.CalibrationResult few = doubt.calibrate();
            assertThat(few.fitted()).isFalse();
            assertThat(doubt.model().source()).isEqualTo("bundled");

            // the analyst rejects every figure whose evidence says "percent" and accepts the rest
            List<Long> rejected = scored.stream().filter(s -> s.evidence().contains("percent=1"))
                    .map(ConfidenceRepository.Scored::figureId).toList();
            List<Long> accepted = scored.stream().filter(s -> !s.evidence().contains("percent=1"))
                    .map(ConfidenceRepository.Scored::figureId).toList();
            assertThat(rejected).isNotEmpty();
            assertThat(accepted).isNotEmpty();
            store.figures().setStatus("reject", rejected, ReviewStatus.REJECTED);
            store.figures().setStatus("accept", accepted, ReviewStatus.ACCEPTED);
            DoubtService.CalibrationResult r = doubt.calibrate();
            assertThat(r.fitted()).isTrue();
            assertThat(r.examples()).isEqualTo(scored.size());
            assertThat(r.wrong()).isEqualTo(rejected.size());
            assertThat(doubt.model().source()).startsWith("calibration");
            assertThat(doubt.model().weight("percent")).isNegative();
            List<ConfidenceRepository.Scored> after = doubt.repository().machineFigures(null);
            double meanRejected = after.stream().filter(s -> rejected.contains(s.figureId()))
                    .mapToDouble(ConfidenceRepository.Scored::confidence).average().orElseThrow();
            double meanAccepted = after.stream().filter(s -> accepted.contains(s.figureId()))
                    .mapToDouble(ConfidenceRepository.Scored::confidence).average().orElseThrow();
            assertThat(meanRejected).as("re-scored by the fitted model").isLessThan(0.5);
            assertThat(meanAccepted).isGreaterThan(0.5);
        }
    }

    /** A check flag moves a figure ahead of unflagged ones at similar confidence, not of far less confident ones. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void aCheckFlagPutsAFigureBeforeUnflaggedOnesAtSimilarConfidence(String engine) {
        try (Store store = Store.open(Engines.freshStore(engine, dir))) {
            new ImportService(store).importAll(List.of(Path.of("seeds/000_b12ad143352142ad.txt")), ImportListener.NONE,
                    new CancellationFlag());
            ConfidenceRepository repo = ConfidenceRepository.of(store);
            List<Long> ids = store.figures().forDocument(store.documents().list().get(0).id()).stream()
                    .map(com.reportworkbench.store.FigureRecord::id).toList();
            assertThat(ids.size()).isGreaterThanOrEqualTo(3);
            long unflagged = ids.get(0);
            long flagged = ids.get(1);
            List<ConfidenceRepository.Update> updates = new java.util.ArrayList<>();
            ids.forEach(id -> updates.add(new ConfidenceRepository.Update(id, 0.99, "", "")));
            updates.add(new ConfidenceRepository.Update(unflagged, 0.5, "", ""));
            updates.add(new ConfidenceRepository.Update(flagged, 0.6, "", ""));
            repo.save(updates);
            repo.replaceChecks(List.of(new ConfidenceRepository.Check(flagged, "outlier_vs_series", "far from its series")));

            assertThat(repo.leastConfidentProposed().orElseThrow().figureId()).isEqualTo(unflagged);
            assertThat(repo.mostDoubtfulProposed(DoubtService.CHECK_PENALTY).orElseThrow().figureId()).isEqualTo(flagged);
            assertThat(DoubtService.doubtScore(0.6, true)).isLessThan(DoubtService.doubtScore(0.5, false));

            // a flag does not outrank a figure the model doubts much more
            repo.save(List.of(new ConfidenceRepository.Update(flagged, 0.9, "", "")));
            assertThat(repo.mostDoubtfulProposed(DoubtService.CHECK_PENALTY).orElseThrow().figureId()).isEqualTo(unflagged);
        }
    }

    /**
     * An analyst's edit reruns the checks of its document and region only: making a figure a target for a
     * year before the report raises target_year_passed on it; undoing the edit clears it; a flag of a
     * document of another region stays as it was.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void checksAroundAnEditedDocumentFollowTheEdit(String engine) {
        try (Store store = Store.open(Engines.freshStore(engine, dir))) {
            new ImportService(store).importAll(List.of(Path.of("seeds/000_b12ad143352142ad.txt"),
                    Path.of("seeds/004_3d2c4c437c53b37a.txt")), ImportListener.NONE, new CancellationFlag());
            DoubtService doubt = new DoubtService(store);
            doubt.afterImport();
            List<com.reportworkbench.store.DocumentRecord> docs = store.documents().list();
            long edited = docs.get(0).id();
            long other = docs.get(1).id();
            assertThat(docs.get(0).region()).isNotEqualTo(docs.get(1).region());
            com.reportworkbench.store.FigureRecord target = store.figures().forDocument(edited).stream()
                    .filter(f -> f.current().indicator() != null)
                    .findFirst().orElseThrow();
            long elsewhere = store.figures().forDocument(other).get(0).id();
            ConfidenceRepository repo = doubt.repository();
            java.util.List<ConfidenceRepository.Check> kept = new java.util.ArrayList<>();
            repo.checks(null).values().forEach(kept::addAll);
            kept.add(new ConfidenceRepository.Check(elsewhere, "outlier_vs_series", "kept: another region"));
            repo.replaceChecks(kept);
            assertThat(codes(repo, target.id())).doesNotContain("target_year_passed");

            store.figures().apply("period", List.of(new com.reportworkbench.store.FigureEdit(target.id(),
                    com.reportworkbench.store.FigureField.PERIOD, "1990"), new com.reportworkbench.store.FigureEdit(target.id(),
                    com.reportworkbench.store.FigureField.KIND, "target")));
            doubt.runChecksAround(edited);
            assertThat(codes(repo, target.id())).contains("target_year_passed");
            assertThat(codes(repo, elsewhere)).contains("outlier_vs_series");

            store.figures().undo();
            doubt.runChecksAround(edited);
            assertThat(codes(repo, target.id())).doesNotContain("target_year_passed");
            assertThat(codes(repo, elsewhere)).contains("outlier_vs_series");
        }
    }

    private static List<String> codes(ConfidenceRepository repo, long figureId) {
        return repo.checks(null).getOrDefault(figureId, List.of()).stream().map(ConfidenceRepository.Check::code).toList();
    }

    /**
     * Double coding: each finished coder's accept or reject is a label of its own (two coders, two
     * labels per figure); a coder still at work is not used; the shared status (all unreviewed) adds none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void calibrateLearnsFromEachFinishedCodersDecisions(String engine) {
        try (Store store = Store.open(Engines.freshStore(engine, dir))) {
            new ImportService(store).importAll(List.of(Path.of("seeds/000_b12ad143352142ad.txt")), ImportListener.NONE,
                    new CancellationFlag());
            DoubtService doubt = new DoubtService(store);
            doubt.afterImport();
            long doc = store.documents().list().get(0).id();
            List<ConfidenceRepository.Scored> scored = doubt.repository().machineFigures(null);
            store.coding().assign(doc, List.of("alice", "bob"));
            int rejected = 0;
            for (String coder : List.of("alice", "bob")) {
                store.signAs(coder);
                for (ConfidenceRepository.Scored s : scored) {
                    boolean reject = s.evidence().contains("percent=1");
                    store.coding().decide(s.figureId(), java.util.Map.of(com.reportworkbench.store.FigureField.STATUS,
                            (reject ? ReviewStatus.REJECTED : ReviewStatus.ACCEPTED).name()));
                    rejected += reject && coder.equals("alice") ? 1 : 0;
                }
            }
            assertThat(rejected).isPositive().isLessThan(scored.size());
            store.signAs("alice");
            store.coding().finish(doc, "alice");
            DoubtService.CalibrationResult one = doubt.calibrate();
            assertThat(one.examples()).as("bob is still coding: only alice's labels").isEqualTo(scored.size());
            assertThat(one.wrong()).isEqualTo(rejected);

            store.signAs("bob");
            store.coding().finish(doc, "bob");
            DoubtService.CalibrationResult both = doubt.calibrate();
            assertThat(both.fitted()).isTrue();
            assertThat(both.examples()).isEqualTo(2 * scored.size());
            assertThat(both.wrong()).isEqualTo(2 * rejected);
            assertThat(doubt.model().weight("percent")).isNegative();
        }
    }
}
