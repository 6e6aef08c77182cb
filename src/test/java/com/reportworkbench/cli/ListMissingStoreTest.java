package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list --db} on a folder that holds no store refuses instead of creating an empty one (issue #11). */
class ListMissingStoreTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingFolderIsRefusedWithAReasonAndNothingIsCreated() {
        Path missing = tmp.resolve("typo-store");
        CliRun run = CliRun.of("list", "--db", missing.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("no store at", missing.toString());
        assertThat(run.out()).isEmpty();
        assertThat(missing).doesNotExist();
    }

    @Test
    void anEmptyFolderIsRefusedAndAStoreIsListed() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        CliRun run = CliRun.of("list", "--db", empty.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("no store in");
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
        Path db = tmp.resolve("db");
        com.reportworkbench.store.Store.open(db).close();
        assertThat(CliRun.of("list", "--db", db.toString()).exit()).isZero();
    }
}
