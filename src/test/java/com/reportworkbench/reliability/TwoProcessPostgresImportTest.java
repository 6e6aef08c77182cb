package com.reportworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.Store;
import com.reportworkbench.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two workstations: two `import --db postgresql://…` processes started at the same moment over the same files. */
class TwoProcessPostgresImportTest {
    @TempDir
    Path dir;

    @Test
    void twoImportProcessesAtTheSameMomentStoreEachDocumentOnce() throws Exception {
        String url = TestPostgres.freshStore();
        Path files = Files.createDirectories(dir.resolve("files"));
        int count = 60;
        for (int i = 0; i < count; i++) {
            Files.writeString(files.resolve(String.format("r%02d.txt", i)), "某县政府工作报告\n" + (1990 + i % 30)
                    + "年全县地区生产总值增长" + (i % 9 + 1) + "%，财政收入" + (10 + i) + "亿元。\n", StandardCharsets.UTF_8);
        }
        try (Store s = Store.open(url)) {
            s.documents().count(); // the schema exists before the race: the race is about documents, not migrations
        }
        Process a = ChildJvm.start(dir, "import", "--db", url, files.toString());
        Process b = ChildJvm.start(dir, "import", "--db", url, files.toString());
        String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(a.waitFor(180, TimeUnit.SECONDS) && b.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).as(outA).isZero();
        assertThat(b.exitValue()).as(outB).isZero();
        long imported = (outA + outB).lines().filter(l -> l.startsWith("imported\t")).count();
        long skipped = (outA + outB).lines().filter(l -> l.startsWith("skipped\t")).count();
        assertThat(imported).as("each file imported by exactly one of the two").isEqualTo(count);
        assertThat(skipped).isEqualTo(count);
        try (Store s = Store.open(url)) {
            List<DocumentRecord> docs = s.documents().list();
            assertThat(docs).hasSize(count);
            assertThat(docs).extracting(DocumentRecord::sha256).doesNotHaveDuplicates();
        }
    }
}
