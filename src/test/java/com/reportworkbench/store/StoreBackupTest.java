package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBackupTest {
    @TempDir
    Path dir;

    @Test
    void aBackupRestoresTheStoreAsItWasAndKeepsTheReplacedOne() throws Exception {
        Path storeDir = dir.resolve("store");
        Path zip = dir.resolve("backups/b.zip");
        try (Store store = Store.open(storeDir)) {
            store.documents().insert(StoreTestData.document("one"), StoreTestData.machineFigures());
            StoreBackup.backup(store, zip);
            store.documents().insert(StoreTestData.document("two"), StoreTestData.machineFigures());
            assertThat(store.documents().count()).isEqualTo(2);
        }
        Path kept = StoreBackup.restore(zip, storeDir).kept();
        assertThat(kept).exists();
        try (Store store = Store.open(storeDir)) {
            assertThat(store.documents().count()).isEqualTo(1);
            long id = store.documents().idBySha256("one").orElseThrow();
            assertThat(store.figures().forDocument(id)).hasSize(3);
        }
    }

    @Test
    void aFileThatIsNotABackupLeavesTheStoreUntouched() throws Exception {
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir)) {
            store.documents().insert(StoreTestData.document("keep"), StoreTestData.machineFigures());
        }
        Path bogus = dir.resolve("bogus.zip");
        Files.writeString(bogus, "not a zip");
        assertThatThrownBy(() -> StoreBackup.restore(bogus, storeDir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a readable zip");
        try (Store store = Store.open(storeDir)) {
            assertThat(store.documents().count()).isEqualTo(1);
        }
    }
}
