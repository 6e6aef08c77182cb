package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.ConfidenceRepository;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} stores confidence and flags; {@code calibrate} refuses too few decisions and refits on enough. */
class CalibrateCommandTest {
    @TempDir
    Path dir;

    @Test
    void importScoresAndCalibrateRefitsOnTheAnalystsDecisions() {
        String db = dir.resolve("store").toString();
        assertThat(CliRun.of("import", "--db", db, "seeds/001_870255d8f02f9992.txt").exit()).isZero();

        CliRun tooFew = CliRun.of("calibrate", "--db", db);
        assertThat(tooFew.exit()).isEqualTo(1);
        assertThat(tooFew.err()).contains("not calibrated");

        List<ConfidenceRepository.Scored> scored;
        try (Store s = Store.open(Path.of(db))) {
            scored = ConfidenceRepository.of(s).machineFigures(null);
            assertThat(scored).isNotEmpty().allSatisfy(f -> assertThat(f.confidence()).isNotNull());
            List<Long> ids = scored.stream().map(ConfidenceRepository.Scored::figureId).toList();
            s.figures().setStatus("reject some", ids.subList(0, 5), ReviewStatus.REJECTED);
            s.figures().setStatus("accept the rest", ids.subList(5, ids.size()), ReviewStatus.ACCEPTED);
        }
        CliRun run = CliRun.of("calibrate", "--db", db);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("calibrated\t" + scored.size() + " reviewed figures\t5 edited or rejected");
        try (Store s = Store.open(Path.of(db))) {
            assertThat(ConfidenceRepository.of(s).latestCalibration()).isPresent();
        }
    }
}
