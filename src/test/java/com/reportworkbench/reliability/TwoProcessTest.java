package com.reportworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.importer.ImportService;
import com.reportworkbench.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command on a store the window holds open works alongside it (H2 AUTO_SERVER), never corrupts it. */
class TwoProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessListsAndImportsWhileTheFirstHasTheStoreOpen() throws Exception {
        Path storeDir = dir.resolve("store");
        List<Path> files = CorpusFixture.write(dir.resolve("corpus"), 2);
        try (Store store = Store.open(storeDir)) {
            new ImportService(store).importFile(files.get(0));

            Process list = ChildJvm.start(dir, "list", "--db", storeDir.toString());
            String listed = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(list.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(list.exitValue()).isZero();
            assertThat(listed).contains(files.get(0).getFileName().toString());

            Process importer = ChildJvm.start(dir, "import", "--db", storeDir.toString(), files.get(1).toString());
            String imported = new String(importer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(importer.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(importer.exitValue()).isZero();
            assertThat(imported).startsWith("imported\t");

            assertThat(store.documents().count()).isEqualTo(2);
        }
        try (Store reopened = Store.open(storeDir)) {
            assertThat(reopened.documents().count()).isEqualTo(2);
        }
    }
}
