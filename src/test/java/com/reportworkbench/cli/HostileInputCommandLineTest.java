package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.reliability.HostileFiles;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line attacks of the adversarial pass, each followed by a look at the store (counts, not
 * assumptions): a batch with deeply nested files, names that try to forge output lines, backups and
 * exports aimed at the store's own file, an empty backup, formula cells, oversized fields, links.
 */
class HostileInputCommandLineTest {
    private static final String SEED_A = "seeds/000_b12ad143352142ad.txt";
    private static final String SEED_B = "seeds/001_870255d8f02f9992.txt";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    @TempDir
    Path dir;

    @Test
    void aBatchWithADeeplyNestedDocxAndPdfImportsEveryOtherFileAndExitsOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of(SEED_A), in.resolve("a.txt"));
        HostileFiles.deeplyNestedDocx(in.resolve("b-deep.docx"), 20_000);
        HostileFiles.deeplyNestedPdf(in.resolve("c-deep.pdf"), 20_000);
        Files.copy(Path.of(SEED_B), in.resolve("d.txt"));
        // nested, but as no real report is: read; and read after the deep one (XmlBeans' locks survived it)
        HostileFiles.deeplyNestedDocx(in.resolve("e-nested.docx"), 150);
        String db = dir.resolve("db").toString();

        CliRun run = CliRun.of("import", "--db", db, in.toString());
        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines).filteredOn(l -> l.startsWith("imported\t")).hasSize(3);
        assertThat(lines).filteredOn(l -> l.startsWith("failed\t"))
                .extracting(l -> l.split("\t")[1]).containsExactlyInAnyOrder(
                        in.resolve("b-deep.docx").toString(), in.resolve("c-deep.pdf").toString());
        assertThat(listedFiles(db)).containsExactlyInAnyOrder("a.txt", "d.txt", "e-nested.docx");

        CliRun extract = CliRun.of("extract", in.resolve("a.txt").toString(), in.resolve("b-deep.docx").toString(),
                in.resolve("c-deep.pdf").toString(), in.resolve("d.txt").toString());
        assertThat(extract.exit()).isEqualTo(1);
        assertThat(extract.err().lines().filter(l -> l.startsWith("failed\t"))).hasSize(2);
        assertThat(extract.out().lines().filter(l -> l.contains("\"doc\":\"a.txt\""))).isNotEmpty();
        assertThat(extract.out().lines().filter(l -> l.contains("\"doc\":\"d.txt\""))).isNotEmpty();
    }

    @Test
    void aFileNameHoldingANewlineGivesExactlyOneOutputLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path forged = in.resolve("x\nimported\tetc-passwd\t99\u001b[2J.txt");
        Files.copy(Path.of(SEED_A), forged);
        Path bad = in.resolve("y\nimported\tz.txt");
        Files.write(bad, new byte[0]);
        String db = dir.resolve("db").toString();

        CliRun run = CliRun.of("import", "--db", db, forged.toString(), bad.toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).filteredOn(l -> l.startsWith("imported\t")).singleElement()
                .satisfies(l -> assertThat(l.split("\t", -1)).hasSize(3))
                .satisfies(l -> assertThat(l).contains("x\\nimported\\tetc-passwd\\t99\\u001b[2J.txt"));
        assertThat(lines).filteredOn(l -> l.startsWith("failed\t")).singleElement()
                .satisfies(l -> assertThat(l.split("\t", -1)).hasSize(3));
        assertThat(run.out()).doesNotContain("\u001b");

        CliRun list = CliRun.of("list", "--db", db);
        assertThat(list.out().lines()).hasSize(2); // header + the one document
        assertThat(list.out().lines().skip(1).findFirst().orElseThrow().split("\t", -1)).hasSize(9);

        CliRun extract = CliRun.of("extract", bad.toString());
        assertThat(extract.err().lines().filter(l -> !l.isBlank())).hasSize(1);
    }

    @Test
    void backupOrExportOntoTheStoresOwnFileIsRefusedAndEveryDocumentStays() throws Exception {
        Path store = dir.resolve("db");
        String db = store.toString();
        assertThat(CliRun.of("import", "--db", db, SEED_A, SEED_B).exit()).isZero();
        Path dataFile = store.resolve("store.mv.db");

        CliRun backup = CliRun.of("backup", "--db", db, "--out", dataFile.toString());
        assertThat(backup.exit()).isNotZero();
        assertThat(backup.err()).contains("store's folder");
        assertThat(CliRun.of("backup", "--db", db, "--out", store.resolve("sub/b.zip").toString()).exit()).isNotZero();
        assertThat(CliRun.of("export", "--db", db, "--out", dataFile.toString()).exit()).isNotZero();
        assertThat(CliRun.of("export", "--db", db, "--out", store.resolve("x.xlsx").toString()).exit()).isNotZero();
        assertThat(CliRun.of("export", "--db", db, "--format", "csv", "--out", db).exit()).isNotZero();
        Path link = Files.createSymbolicLink(dir.resolve("innocent.xlsx"), dataFile);
        assertThat(CliRun.of("export", "--db", db, "--out", link.toString()).exit()).isNotZero();

        assertThat(listedFiles(db)).hasSize(2);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(store.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void anEmptyBackupIsRefusedAndTheStoreStays() throws Exception {
        String db = dir.resolve("db").toString();
        assertThat(CliRun.of("import", "--db", db, SEED_A).exit()).isZero();
        Path empty = Files.createFile(dir.resolve("empty.zip"));
        CliRun restore = CliRun.of("restore", "--db", db, empty.toString());
        assertThat(restore.exit()).isNotZero();
        assertThat(restore.err()).contains("empty");
        assertThat(listedFiles(db)).hasSize(1);
    }

    @Test
    void csvCellsNeverOpenWithAFormulaCharacter() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String seed = Files.readString(Path.of(SEED_A), StandardCharsets.UTF_8);
        String hostile = "=HYPERLINK(\"http://x\",\"y\")全市地区生产总值增长6%。\n+1+1全年粮食产量达到35万吨。\n"
                + "-2+3城镇新增就业1.2万人。\n@SUM(1)居民收入增长5%。\n\t财政收入增长3%。\n";
        Files.writeString(in.resolve("=cmd|' calc'!A0.txt"), hostile + seed, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("+plain.txt"), hostile + seed.replace("江源", "靖宇"), StandardCharsets.UTF_8);
        String db = dir.resolve("db").toString();
        assertThat(CliRun.of("import", "--db", db, in.toString()).exit()).isZero();

        Path out = dir.resolve("csv");
        assertThat(CliRun.of("export", "--db", db, "--format", "csv", "--out", out.toString()).exit()).isZero();
        List<String> cells = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path csv : files.toList()) {
                cells.addAll(cellsOf(Files.readString(csv, StandardCharsets.UTF_8).substring(1)));
            }
        }
        cells.addAll(cellsOf(CliRun.of("compare", "--db", db).out()));
        assertThat(cells).isNotEmpty().anyMatch(c -> c.startsWith("'="));
        for (String cell : cells) {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                assertThat(cell).as("a cell opening with a formula character must be a plain number").matches(PLAIN_NUMBER);
            }
        }
    }

    @Test
    void aHugeNumberAndALongPathCostOnlyThemselves() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String seed = Files.readString(Path.of(SEED_A), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("huge.txt"), seed + "\n全市地区生产总值达到" + "9".repeat(100_000) + "亿元。\n",
                StandardCharsets.UTF_8);
        Path deep = in;
        while (deep.toString().length() < 4_010) {
            deep = deep.resolve("d".repeat(200));
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("long.txt"), seed.replace("江源区", "浑江区"), StandardCharsets.UTF_8);
        assertThat(deep.resolve("long.txt").toString().length()).isGreaterThan(4_000);
        String db = dir.resolve("db").toString();

        CliRun run = CliRun.of("import", "--db", db, in.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines()).hasSize(2).allMatch(l -> l.startsWith("imported\t"));
        assertThat(run.err()).contains("not stored").contains("digits");
        assertThat(run.out()).doesNotContain("INSERT").doesNotContain("SQL");
        assertThat(listedFiles(db)).containsExactlyInAnyOrder("huge.txt", "long.txt");
    }

    @Test
    void symlinksAreFollowedOnceAndASkippedOneGetsItsOwnLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.copy(Path.of(SEED_A), outside.resolve("a.txt"));
        Files.copy(Path.of(SEED_B), in.resolve("b.txt"));
        Files.createSymbolicLink(in.resolve("link-to-a.txt"), outside.resolve("a.txt"));
        Files.createSymbolicLink(in.resolve("link-to-outside"), outside);
        Files.createSymbolicLink(in.resolve("again-b.txt"), in.resolve("b.txt"));
        Files.createSymbolicLink(in.resolve("loop"), in);
        Files.createSymbolicLink(in.resolve("broken.txt"), dir.resolve("nowhere.txt"));
        String db = dir.resolve("db").toString();

        CliRun run = CliRun.of("import", "--db", db, in.toString());
        List<String> lines = run.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("imported\t")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.startsWith("skipped\t")).extracting(l -> l.split("\t")[2])
                .anyMatch(r -> r.contains("loop")).anyMatch(r -> r.contains("broken link"))
                .anyMatch(r -> r.contains("already part of this import"));
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(3));
        assertThat(listedFiles(db)).hasSize(2);
    }

    private static List<String> listedFiles(String db) {
        CliRun list = CliRun.of("list", "--db", db);
        assertThat(list.exit()).isZero();
        return list.out().lines().skip(1).map(l -> l.split("\t")[1]).toList();
    }

    private static List<String> cellsOf(String csv) throws Exception {
        List<String> cells = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            r.forEach(cells::add);
        }
        return cells;
    }
}
