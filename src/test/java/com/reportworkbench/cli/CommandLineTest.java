package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of shared/spec/cli.md, end to end on the seeds. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void importThenListShowsTheSeedsAndASecondImportSkipsThem() {
        String db = dir.resolve("db").toString();
        CliRun first = CliRun.of("import", "--db", db, "seeds");
        assertThat(first.exit()).isZero();
        List<String> lines = first.out().lines().toList();
        assertThat(lines).hasSize(5).allMatch(l -> l.startsWith("imported\t"));
        assertThat(lines).allSatisfy(l -> assertThat(Integer.parseInt(l.split("\t")[2])).isPositive());

        CliRun list = CliRun.of("list", "--db", db);
        List<String> rows = list.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("id\tfile\tregion\tlevel\tyear\treport_date\tfigures\treviewed\tregion_code");
        assertThat(rows).hasSize(6);
        String jiangyuan = rows.stream().filter(r -> r.contains("000_b12ad143352142ad.txt")).findFirst().orElseThrow();
        assertThat(jiangyuan.split("\t")).contains("白山市江源区", "county-district", "2023-12-27");

        CliRun again = CliRun.of("import", "--db", db, "seeds");
        assertThat(again.exit()).isZero();
        assertThat(again.out().lines()).hasSize(5).allMatch(l -> l.startsWith("skipped\t"));
    }

    @Test
    void aBadFileFailsWithAReasonAndTheBatchGoesOn() throws Exception {
        Path folder = dir.resolve("in");
        Files.createDirectories(folder);
        Files.copy(Path.of("seeds/001_870255d8f02f9992.txt"), folder.resolve("good.txt"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        CliRun run = CliRun.of("import", "--db", dir.resolve("db").toString(), folder.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("imported\t" + folder.resolve("good.txt"));
        String failed = run.out().lines().filter(l -> l.startsWith("failed\t")).findFirst().orElseThrow();
        assertThat(failed.split("\t")).hasSize(3);
        assertThat(failed.split("\t")[2]).isNotBlank();
    }

    @Test
    void extractPrintsOneJsonObjectPerFigureWhateverTheEncoding() throws Exception {
        String text = Files.readString(Path.of("seeds/003_853f39a04c100108.txt"));
        Path gb = dir.resolve("gb.txt");
        Files.write(gb, text.getBytes(Charset.forName("GB18030")));
        Path missing = dir.resolve("missing.txt");

        CliRun utf8 = CliRun.of("extract", "seeds/003_853f39a04c100108.txt");
        CliRun run = CliRun.of("extract", gb.toString(), missing.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("missing.txt");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).isNotEmpty().hasSameSizeAs(utf8.out().lines().toList());
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("doc").asText()).isEqualTo("gb.txt");
            int start = node.get("start").asInt();
            int end = node.get("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(node.get("text").asText());
            assertThat(Arrays.asList("target", "achievement", "other")).contains(node.get("kind").asText());
            assertThat(node.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(node.get("flags").isArray()).isTrue();
        }
    }

    @Test
    void versionPrintsOneLine() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(1).allMatch(l -> l.startsWith("report-workbench "));
    }

    @Test
    void backupAndRestoreRoundTripThroughTheCommandLine() {
        String db = dir.resolve("db").toString();
        CliRun.of("import", "--db", db, "seeds/000_b12ad143352142ad.txt");
        Path zip = dir.resolve("backup.zip");
        assertThat(CliRun.of("backup", "--db", db, "--out", zip.toString()).exit()).isZero();
        CliRun.of("import", "--db", db, "seeds/001_870255d8f02f9992.txt");
        assertThat(CliRun.of("restore", "--db", db, zip.toString()).exit()).isZero();
        assertThat(CliRun.of("list", "--db", db).out().lines()).hasSize(2);
    }

    @Test
    void compactKeepsTheDataAndRefusesAStoreInUse() {
        String db = dir.resolve("db").toString();
        CliRun.of("import", "--db", db, "seeds");
        CliRun compact = CliRun.of("compact", "--db", db);
        assertThat(compact.exit()).isZero();
        assertThat(compact.err()).contains("store compacted");
        assertThat(CliRun.of("list", "--db", db).out().lines()).hasSize(6);

        try (com.reportworkbench.store.Store open = com.reportworkbench.store.Store.open(dir.resolve("db"))) {
            CliRun refused = CliRun.of("compact", "--db", db);
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.err()).contains("in use");
        }
    }
}
