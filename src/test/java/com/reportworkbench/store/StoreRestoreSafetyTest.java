package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks on restore from the adversarial pass: an empty, zeroed, garbage or foreign backup is
 * refused before the store is touched, and the store is then counted, not assumed.
 */
class StoreRestoreSafetyTest {
    @TempDir
    Path dir;

    Path storeDir;

    @BeforeEach
    void aStoreWithTwoDocuments() {
        storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir)) {
            store.documents().insert(StoreTestData.document("one"), StoreTestData.machineFigures());
            store.documents().insert(StoreTestData.document("two"), StoreTestData.machineFigures());
        }
    }

    @Test
    void anEmptyBackupFileIsRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.zip"));
        assertThatThrownBy(() -> StoreBackup.restore(empty, storeDir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("empty");
        assertStoreHolds(2, 6);
    }

    @Test
    void aBackupHoldingAZeroByteStoreIsRefused() throws Exception {
        Path zip = zipWithStore(dir.resolve("zero.zip"), new byte[0], 0);
        assertThatThrownBy(() -> StoreBackup.restore(zip, storeDir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("empty store file");
        assertStoreHolds(2, 6);
    }

    @Test
    void aBackupHoldingGarbageIsRefusedAndTheStoreIsUntouched() throws Exception {
        byte[] garbage = new byte[1 << 20];
        new Random(12).nextBytes(garbage);
        Path zip = zipWithStore(dir.resolve("garbage.zip"), garbage, 0);
        assertThatThrownBy(() -> StoreBackup.restore(zip, storeDir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be opened").hasMessageContaining("unchanged");
        assertStoreHolds(2, 6);
        assertThat(storeDir.resolve(StoreFolder.RESTORE_STAGING)).doesNotExist();
    }

    @Test
    void aBackupHoldingAZeroedStoreIsRefused() throws Exception {
        Path zip = zipWithStore(dir.resolve("zeroed.zip"), null, 256L << 20); // 256 MiB of zeros
        assertThatThrownBy(() -> StoreBackup.restore(zip, storeDir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("unchanged");
        assertStoreHolds(2, 6);
    }

    @Test
    void aZipWithoutAStoreIsRefused() throws Exception {
        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> StoreBackup.restore(zip, storeDir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Report Workbench backup");
        assertStoreHolds(2, 6);
    }

    @Test
    void restoreKeepsTheOldStoreAndCountsTheNewOne() throws Exception {
        Path zip = dir.resolve("b.zip");
        try (Store store = Store.open(storeDir)) {
            StoreBackup.backup(store, zip);
            store.documents().insert(StoreTestData.document("three"), StoreTestData.machineFigures());
        }
        StoreBackup.Restored restored = StoreBackup.restore(zip, storeDir);
        assertThat(restored.documents()).isEqualTo(2);
        assertThat(restored.figures()).isEqualTo(6);
        assertStoreHolds(2, 6);
        // the kept file is the store as it was before: three documents
        Path other = dir.resolve("kept");
        Files.createDirectories(other);
        Files.copy(restored.kept(), other.resolve(StoreFolder.DATA_FILE));
        Files.copy(storeDir.resolve(StoreSecret.FILE_NAME), other.resolve(StoreSecret.FILE_NAME));
        try (Store kept = Store.open(other)) {
            assertThat(kept.documents().count()).isEqualTo(3);
        }
    }

    @Test
    void aBackupOfAnotherStoreWithItsOwnPasswordRestoresHere() throws Exception {
        Path otherDir = dir.resolve("other");
        Path zip = dir.resolve("other.zip");
        try (Store other = Store.open(otherDir)) {
            other.documents().insert(StoreTestData.document("foreign"), StoreTestData.machineFigures());
            StoreBackup.backup(other, zip);
        }
        assertThat(Files.readString(otherDir.resolve(StoreSecret.FILE_NAME)))
                .isNotEqualTo(Files.readString(storeDir.resolve(StoreSecret.FILE_NAME)));
        StoreBackup.restore(zip, storeDir);
        assertStoreHolds(1, 3);
    }

    @Test
    void aBackupOfAnEarlierVersionWithoutPasswordRestoresAndGetsThePassword() throws Exception {
        Path legacy = dir.resolve("legacy");
        Files.createDirectories(legacy);
        String url = "jdbc:h2:file:" + legacy.resolve("store") + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        Path zip = dir.resolve("legacy.zip");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("BACKUP TO '" + zip + "'");
            c.createStatement().execute("SHUTDOWN");
        }
        StoreBackup.restore(zip, storeDir);
        assertStoreHolds(0, 0);
        assertThatThrownBy(() -> DriverManager.getConnection(Store.jdbcUrl(storeDir), "sa", "").close())
                .hasMessageContaining("Wrong user name or password");
    }

    @Test
    void aStoreOpenByAnotherProgramIsNotReplaced() throws Exception {
        Path zip = dir.resolve("b.zip");
        try (Store store = Store.open(storeDir)) {
            StoreBackup.backup(store, zip);
            assertThatThrownBy(() -> StoreBackup.restore(zip, storeDir)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use");
            assertThatThrownBy(() -> StoreBackup.compact(storeDir)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use");
            assertThat(store.documents().count()).isEqualTo(2);
        }
    }

    @Test
    void aStaleLockLeftByAKilledProgramBlocksNeitherCompactNorRestore() throws Exception {
        Path zip = dir.resolve("b.zip");
        try (Store store = Store.open(storeDir)) {
            StoreBackup.backup(store, zip);
        }
        // what kill -9 leaves: H2's lock file, naming a server that is gone
        Files.writeString(storeDir.resolve(StoreFolder.LOCK_FILE),
                "#FileLock\nid=1\nmethod=file\nserver=127.0.0.1\\:1\n", StandardCharsets.ISO_8859_1);
        StoreBackup.Compacted compacted = StoreBackup.compact(storeDir);
        assertThat(compacted.recovered()).anyMatch(n -> n.contains("stale lock"));
        assertStoreHolds(2, 6);
        Files.writeString(storeDir.resolve(StoreFolder.LOCK_FILE), "#FileLock\nid=2\nmethod=file\n",
                StandardCharsets.ISO_8859_1);
        StoreBackup.Restored restored = StoreBackup.restore(zip, storeDir);
        assertThat(restored.recovered()).anyMatch(n -> n.contains("stale lock"));
        assertStoreHolds(2, 6);
    }

    @Test
    void leftoversOfAnInterruptedRestoreAreCleanedUpAndReported() throws Exception {
        Path staging = Files.createDirectories(storeDir.resolve(StoreFolder.RESTORE_STAGING));
        Files.write(staging.resolve(StoreFolder.DATA_FILE), new byte[4096]);
        Files.writeString(storeDir.resolve(".store.key.99999999.tmp"), "half");
        try (Store store = Store.open(storeDir)) {
            assertThat(store.recovered()).anyMatch(n -> n.contains("interrupted restore"))
                    .anyMatch(n -> n.contains("temporary file"));
            assertThat(store.documents().count()).isEqualTo(2);
        }
        assertThat(staging).doesNotExist();
        try (Store store = Store.open(storeDir)) {
            assertThat(store.recovered()).isEmpty();
        }
    }

    @Test
    void compactionKeepsEveryDocument() {
        StoreBackup.Compacted compacted = StoreBackup.compact(storeDir);
        assertThat(compacted.after()).isPositive();
        assertStoreHolds(2, 6);
        assertThat(storeDir.resolve(StoreFolder.COMPACT_STAGING)).doesNotExist();
    }

    private void assertStoreHolds(long documents, long figures) {
        try (Store store = Store.open(storeDir)) {
            assertThat(store.documents().count()).as("documents").isEqualTo(documents);
            long count = store.read(c -> StoreBackup.count(c).figures());
            assertThat(count).as("figures").isEqualTo(figures);
        }
    }

    /** A zip with a store entry: the given bytes, or {@code zeros} zero bytes when bytes is null. */
    private static Path zipWithStore(Path zip, byte[] bytes, long zeros) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(StoreFolder.DATA_FILE));
            if (bytes != null) {
                out.write(bytes);
            } else {
                writeZeros(out, zeros);
            }
            out.closeEntry();
        }
        return zip;
    }

    private static void writeZeros(OutputStream out, long n) throws IOException {
        byte[] block = new byte[1 << 16];
        for (long left = n; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }
}
