package com.reportworkbench.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreBackup;
import com.reportworkbench.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a small tmpfs (needs root and mount, as on the build machines; skipped elsewhere).
 * The store reports "the disk is full" rather than H2's "The database has been closed"; a backup onto
 * the full disk leaves the earlier backup whole; every document stored before is still there.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    private Path smallDisk(String name, String size) throws Exception {
        Path point = Files.createDirectories(dir.resolve(name));
        boolean ok = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", point.toString());
        assumeTrue(ok, "mounting a small tmpfs needs root");
        mounted = point;
        return point;
    }

    @Test
    void anImportThatFillsTheDiskSaysSoAndKeepsWhatWasStored() throws Exception {
        Path disk = smallDisk("disk", "8m");
        Path storeDir = disk.resolve("store");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String seed = Files.readString(Path.of("seeds/000_b12ad143352142ad.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < 12; i++) {
            StringBuilder text = new StringBuilder(seed);
            for (int k = 0; k < 4; k++) {
                text.append("\n（附").append(i).append('-').append(k).append("）").append(seed);
            }
            Files.writeString(corpus.resolve(String.format("big_%02d.txt", i)), text, StandardCharsets.UTF_8);
        }
        Store.open(storeDir).close();
        Path filler = disk.resolve("filler");
        Files.write(filler, new byte[(int) (Files.getFileStore(disk).getUsableSpace() - 1_500_000)]);
        long imported;
        try (Store store = Store.open(storeDir)) {
            ImportSummary summary = new ImportService(store).importAll(List.of(corpus), ImportListener.NONE,
                    new CancellationFlag());
            List<ImportOutcome> failed = summary.failures();
            assertThat(failed).as("the disk filled up").isNotEmpty();
            assertThat(failed).allSatisfy(o -> assertThat(o.detail()).contains("disk is full")
                    .doesNotContain("has been closed"));
            imported = summary.count(ImportOutcome.Status.IMPORTED);
        }
        Files.delete(filler);
        try (Store store = Store.open(storeDir)) { // space again: everything reported imported is there
            assertThat(store.documents().count()).isEqualTo(imported);
        }
    }

    @Test
    void aBackupOntoAFullDiskLeavesTheEarlierBackupWhole() throws Exception {
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir)) {
            new ImportService(store).importFile(Path.of("seeds/000_b12ad143352142ad.txt"));
            Path disk = smallDisk("backups", "1m");
            Path zip = disk.resolve("b.zip");
            StoreBackup.backup(store, zip);
            byte[] earlier = Files.readAllBytes(zip);
            Files.write(disk.resolve("filler"), new byte[(int) (1024 * 1024 - earlier.length - 8 * 1024)]);
            new ImportService(store).importFile(Path.of("seeds/001_870255d8f02f9992.txt"));
            assertThatThrownBy(() -> StoreBackup.backup(store, zip)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("disk is full").hasMessageContaining("unchanged");
            assertThat(Files.readAllBytes(zip)).isEqualTo(earlier);
            try (var left = Files.list(disk)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("b.zip", "filler");
            }
            assertThat(store.documents().count()).isEqualTo(2);
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
