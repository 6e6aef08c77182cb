package com.reportworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.ExtractionInput;
import com.reportworkbench.extract.FigureExtractor;
import com.reportworkbench.extract.RuleBasedExtractor;
import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.CrashPoints;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreBackup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a batch import: afterwards the store opens, every document is complete or
 * absent, edits confirmed before the kill are there, and the next import resumes by skipping. kill -9
 * at the named points of restore, backup and compaction (and at unplanned moments of a restore):
 * afterwards the store is the old one or the new one, counted, and the next command needs no manual step.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesEveryDocumentCompleteOrAbsent() throws Exception {
        Path storeDir = dir.resolve("store");
        List<Path> files = CorpusFixture.write(dir.resolve("corpus"), 60);

        long editedFigure;
        try (Store store = Store.open(storeDir)) {
            ImportOutcome first = new ImportService(store).importFile(files.get(0));
            FigureRecord figure = store.figures().forDocument(first.documentId()).get(0);
            editedFigure = figure.id();
            store.figures().apply("confirmed before the crash",
                    List.of(new FigureEdit(editedFigure, FigureField.INDICATOR_TEXT, "分析师改过的指标")));
        }

        Process child = ChildJvm.start(dir, "import", "--db", storeDir.toString(), dir.resolve("corpus").toString());
        int importedBeforeKill = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("imported")) {
                    importedBeforeKill++;
                }
                if (importedBeforeKill >= 8) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(importedBeforeKill).as("the child was killed mid-batch").isEqualTo(8);

        FigureExtractor extractor = RuleBasedExtractor.create();
        try (Store store = Store.open(storeDir)) {
            List<DocumentRecord> docs = store.documents().list();
            assertThat(docs.size()).isBetween(9, files.size() - 1);
            for (DocumentRecord doc : docs) {
                String text = store.documents().text(doc.id());
                Path source = dir.resolve("corpus").resolve(doc.fileName());
                assertThat(text).isEqualTo(Files.readString(source, StandardCharsets.UTF_8));
                int expected = extractor.extract(new ExtractionInput(text, store.documents().boilerplate(doc.id()),
                        doc.reportDate(), doc.year())).size();
                assertThat(store.figures().forDocument(doc.id())).as(doc.fileName()).hasSize(expected);
            }
            assertThat(store.figures().get(editedFigure).orElseThrow().current().indicatorText())
                    .isEqualTo("分析师改过的指标");

            ImportSummary resumed = new ImportService(store).importAll(List.of(dir.resolve("corpus")),
                    ImportListener.NONE, new CancellationFlag());
            assertThat(resumed.count(ImportOutcome.Status.SKIPPED)).isEqualTo(docs.size());
            assertThat(resumed.failures()).isEmpty();
            assertThat(store.documents().count()).isEqualTo(files.size());
        }
    }

    // ------------------------------------------------------------ kill -9 inside restore, backup, compact

    /** A store of {@code documents} corpus files, and its figure count. */
    private long storeOf(Path storeDir, List<Path> files) {
        try (Store store = Store.open(storeDir)) {
            ImportService importer = new ImportService(store);
            for (Path f : files) {
                importer.importFile(f);
            }
            return ConcurrentCommandsTest.figures(store);
        }
    }

    private static Path backup(Path storeDir, Path zip) {
        try (Store store = Store.open(storeDir)) {
            StoreBackup.backup(store, zip);
        }
        return zip;
    }

    /** Runs a command in a child that stops at {@code point}, and kills it there. */
    private void killAt(String point, String... args) throws Exception {
        Process child = ChildJvm.start(dir, List.of("-D" + CrashPoints.PROPERTY + "=" + point), dir.resolve(point + ".err"),
                args);
        boolean reached = ChildJvm.awaitLine(child, "crash-point " + point);
        ChildJvm.kill(child);
        assertThat(reached).as(point + ": " + Files.readString(dir.resolve(point + ".err"))).isTrue();
    }

    /** Opens the store as the next command would, and returns documents and figures. */
    private static long[] counts(Path storeDir) {
        try (Store store = Store.open(storeDir)) {
            return new long[] {store.documents().count(), ConcurrentCommandsTest.figures(store)};
        }
    }

    @Test
    void aRestoreKilledAtAnyPointLeavesTheOldStoreOrTheNewOneAndTheNextRestoreWorks() throws Exception {
        Path storeDir = dir.resolve("store");
        List<Path> files = CorpusFixture.write(dir.resolve("corpus"), 5);
        long newFigures = storeOf(storeDir, files.subList(0, 2));
        Path zip = backup(storeDir, dir.resolve("two.zip"));
        long oldFigures = storeOf(storeDir, files.subList(2, 5));
        long[] old = {5, oldFigures};
        long[] restored = {2, newFigures};
        Map<String, long[]> expected = new LinkedHashMap<>();
        expected.put("restore.staged", old);
        expected.put("restore.validated", old);
        expected.put("restore.kept", old);
        expected.put("restore.swapped", restored);
        for (Map.Entry<String, long[]> point : expected.entrySet()) {
            killAt(point.getKey(), "restore", "--db", storeDir.toString(), zip.toString());
            assertThat(counts(storeDir)).as("after kill -9 at " + point.getKey()).containsExactly(point.getValue());
            assertThat(storeDir.resolve("restore.staging")).doesNotExist();
            if (point.getValue() == restored) { // put the old store back for the next point
                Files.copy(newestKept(storeDir), storeDir.resolve("store.mv.db"), StandardCopyOption.REPLACE_EXISTING);
                assertThat(counts(storeDir)).containsExactly(old);
            }
        }
        // a kill at an unplanned moment, several times: never neither store
        for (int delay : new int[] {300, 900, 1500, 2200}) {
            Process child = ChildJvm.start(dir, List.of(), null, "restore", "--db", storeDir.toString(), zip.toString());
            Thread.sleep(delay);
            ChildJvm.kill(child);
            long[] now = counts(storeDir);
            assertThat(now).as("killed after " + delay + " ms").satisfiesAnyOf(
                    c -> assertThat(c).containsExactly(old), c -> assertThat(c).containsExactly(restored));
        }
        // and the next restore works without a manual step
        Process again = ChildJvm.start(dir, List.of(), dir.resolve("again.err"), "restore", "--db", storeDir.toString(),
                zip.toString());
        assertThat(ChildJvm.exit(again)).as(Files.readString(dir.resolve("again.err"))).isZero();
        assertThat(counts(storeDir)).containsExactly(restored);
    }

    @Test
    void aBackupKilledAtAnyPointLeavesTheEarlierBackupWhole() throws Exception {
        Path storeDir = dir.resolve("store");
        List<Path> files = CorpusFixture.write(dir.resolve("corpus"), 4);
        long firstFigures = storeOf(storeDir, files.subList(0, 2));
        Path zip = backup(storeDir, dir.resolve("backups/b.zip"));
        byte[] earlier = Files.readAllBytes(zip);
        long allFigures = storeOf(storeDir, files.subList(2, 4));
        for (String point : List.of("backup.written", "backup.committing")) {
            killAt(point, "backup", "--db", storeDir.toString(), "--out", zip.toString());
            assertThat(Files.readAllBytes(zip)).as("the earlier backup after kill -9 at " + point).isEqualTo(earlier);
            assertThat(counts(storeDir)).containsExactly(4, allFigures);
        }
        Path check = dir.resolve("check");
        StoreBackup.restore(zip, check);
        assertThat(counts(check)).containsExactly(2, firstFigures);
        // the next backup works and replaces it; leftovers of the killed ones are gone
        Process again = ChildJvm.start(dir, List.of(), null, "backup", "--db", storeDir.toString(), "--out", zip.toString());
        assertThat(ChildJvm.exit(again)).isZero();
        try (var left = Files.list(zip.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("b.zip");
        }
        StoreBackup.restore(zip, check);
        assertThat(counts(check)).containsExactly(4, allFigures);
    }

    @Test
    void aCompactionKilledAtAnyPointLeavesTheStoreWhole() throws Exception {
        Path storeDir = dir.resolve("store");
        long figures = storeOf(storeDir, CorpusFixture.write(dir.resolve("corpus"), 3));
        for (String point : List.of("compact.copied", "compact.validated")) {
            killAt(point, "compact", "--db", storeDir.toString());
            assertThat(counts(storeDir)).as("after kill -9 at " + point).containsExactly(3, figures);
            assertThat(storeDir.resolve("compact.staging")).doesNotExist();
        }
        Process again = ChildJvm.start(dir, List.of(), dir.resolve("compact.err"), "compact", "--db", storeDir.toString());
        assertThat(ChildJvm.exit(again)).as(Files.readString(dir.resolve("compact.err"))).isZero();
        assertThat(counts(storeDir)).containsExactly(3, figures);
    }

    private static Path newestKept(Path storeDir) throws Exception {
        try (var files = Files.list(storeDir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("store.mv.db.before-restore-"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        }
    }
}
