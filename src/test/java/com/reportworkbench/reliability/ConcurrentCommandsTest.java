package com.reportworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.importer.ImportService;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreBackup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands on one store at the same moment, in separate processes: imports share the store (each waits
 * for the one before to open it, then uses its server; when the serving process ends, the others reopen
 * the store) instead of failing with "in use" or "database closed"; two
 * restores run one after the other and leave a whole store, counted afterwards.
 */
class ConcurrentCommandsTest {
    @TempDir
    Path dir;

    @Test
    void importsStartedTogetherShareTheStoreAndImportEverything() throws Exception {
        List<Path> batches = new ArrayList<>();
        int perBatch = 5;
        for (int b = 0; b < 4; b++) {
            Path batch = dir.resolve("batch" + b);
            for (Path p : CorpusFixture.write(batch, perBatch)) { // each batch its own content
                Files.writeString(p, Files.readString(p, StandardCharsets.UTF_8) + "\n（第" + b + "批）\n", StandardCharsets.UTF_8);
            }
            batches.add(batch);
        }
        for (int round = 0; round < 2; round++) {
            Path storeDir = dir.resolve("store" + round);
            List<Process> children = new ArrayList<>();
            for (int b = 0; b < batches.size(); b++) {
                children.add(ChildJvm.start(dir, List.of(), dir.resolve("import" + b + ".err"), "import", "--db",
                        storeDir.toString(), batches.get(b).toString()));
            }
            for (int b = 0; b < children.size(); b++) {
                Process child = children.get(b);
                String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(ChildJvm.exit(child)).as(out + Files.readString(dir.resolve("import" + b + ".err"))).isZero();
                assertThat(out.lines()).hasSize(perBatch).allMatch(l -> l.startsWith("imported\t"));
            }
            try (Store store = Store.open(storeDir)) {
                assertThat(store.documents().count()).isEqualTo(perBatch * batches.size());
            }
        }
    }

    @Test
    void twoRestoresAtOnceLeaveAWholeStore() throws Exception {
        Path storeDir = dir.resolve("store");
        List<Path> files = CorpusFixture.write(dir.resolve("corpus"), 5);
        Path small = dir.resolve("small.zip");
        Path large = dir.resolve("large.zip");
        long smallFigures;
        long largeFigures;
        try (Store store = Store.open(storeDir)) {
            ImportService importer = new ImportService(store);
            importer.importFile(files.get(0));
            importer.importFile(files.get(1));
            StoreBackup.backup(store, small);
            smallFigures = figures(store);
            for (Path f : files.subList(2, 5)) {
                importer.importFile(f);
            }
            StoreBackup.backup(store, large);
            largeFigures = figures(store);
        }
        for (int round = 0; round < 2; round++) {
            Process one = ChildJvm.start(dir, List.of(), dir.resolve("one.err"), "restore", "--db", storeDir.toString(),
                    small.toString());
            Process two = ChildJvm.start(dir, List.of(), dir.resolve("two.err"), "restore", "--db", storeDir.toString(),
                    large.toString());
            assertThat(ChildJvm.exit(one)).as(Files.readString(dir.resolve("one.err"))).isZero();
            assertThat(ChildJvm.exit(two)).as(Files.readString(dir.resolve("two.err"))).isZero();
            try (Store store = Store.open(storeDir)) {
                int documents = store.documents().count();
                assertThat(documents).isIn(2, 5);
                assertThat(figures(store)).isEqualTo(documents == 2 ? smallFigures : largeFigures);
                for (var d : store.documents().list()) {
                    assertThat(store.documents().text(d.id())).isNotEmpty();
                }
            }
        }
    }

    static long figures(Store store) {
        return store.documents().list().stream().mapToLong(d -> store.figures().forDocument(d.id()).size()).sum();
    }
}
