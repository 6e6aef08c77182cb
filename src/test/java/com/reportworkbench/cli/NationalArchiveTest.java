package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The State Council's reports of 1954–1999 as public archives publish them (body text only: no title, no
 * date) under file names that say nothing (hashes of their content), imported and compared through the
 * command line; and the provincial reports and seeds, whose metadata must not change.
 */
class NationalArchiveTest {
    /**
     * The year each report plans (figures.md: a report's year is its plan year). Reports were given in the
     * year of their file name; three of them late enough to plan the next year: Aug–Sep 1980 (关于1980、1981年
     * 国民经济计划安排的报告: its plan part is "二、1981年国民经济计划的任务和主要指标"), Nov–Dec 1981 (1982年的计划)
     * and Nov–Dec 1982 (一九八三年国民经济和社会发展的年度计划). The report of June 1983 plans 1983 again.
     */
    private static final Map<String, Integer> PLAN_YEAR_FROM_1978 = Map.ofEntries(
            Map.entry("national_1978.txt", 1978), Map.entry("national_1979.txt", 1979),
            Map.entry("national_1980.txt", 1981), Map.entry("national_1981.txt", 1982),
            Map.entry("national_1982.txt", 1983), Map.entry("national_1983.txt", 1983),
            Map.entry("national_1984.txt", 1984), Map.entry("national_1985.txt", 1985),
            Map.entry("national_1986.txt", 1986), Map.entry("national_1987.txt", 1987),
            Map.entry("national_1988.txt", 1988), Map.entry("national_1992.txt", 1992),
            Map.entry("national_1993.txt", 1993), Map.entry("national_1994.txt", 1994),
            Map.entry("national_1995.txt", 1995), Map.entry("national_1997.txt", 1997),
            Map.entry("national_1998.txt", 1998), Map.entry("national_1999.txt", 1999));

    @TempDir
    static Path dir;

    private static final Map<String, String> originalByHashedName = new LinkedHashMap<>();
    private static String db;

    @BeforeAll
    static void importTheArchiveUnderHashedNames() throws IOException {
        Path hashed = Files.createDirectories(dir.resolve("archive"));
        for (Path file : resourceFiles("/national-1954-1999")) {
            byte[] bytes = Files.readAllBytes(file);
            String name = sha256(bytes).substring(0, 16) + ".txt";
            Files.write(hashed.resolve(name), bytes);
            originalByHashedName.put(name, file.getFileName().toString());
        }
        db = dir.resolve("db").toString();
        CliRun run = CliRun.of("import", "--db", db, hashed.toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void everyStateCouncilReportFrom1978OnIsNationalWithItsPlanYear() {
        Map<String, Map<String, String>> byOriginal = new LinkedHashMap<>();
        for (Map<String, String> row : tsv(CliRun.of("list", "--db", db).out())) {
            byOriginal.put(originalByHashedName.get(row.get("file")), row);
        }
        assertThat(byOriginal.keySet()).containsAll(PLAN_YEAR_FROM_1978.keySet());
        SoftAssertions soft = new SoftAssertions();
        PLAN_YEAR_FROM_1978.forEach((file, year) -> {
            Map<String, String> row = byOriginal.get(file);
            soft.assertThat(row.get("region")).as(file).isEqualTo("全国");
            soft.assertThat(row.get("level")).as(file).isEqualTo("national");
            soft.assertThat(row.get("year")).as(file).isEqualTo(year.toString());
            soft.assertThat(row.get("region_code")).as(file).isEqualTo("100000");
        });
        soft.assertAll();
    }

    @Test
    void compareMatchesTheHandReadAttainmentOf1992To1998() throws IOException {
        CliRun run = CliRun.of("compare", "--db", db, "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        for (Map<String, String> row : csv(run.out())) {
            byKey.put(row.get("region") + "/" + row.get("indicator") + "/" + row.get("year"), row);
        }
        List<Map<String, String>> gold = tsv(resource("/gold/attainment-national-1992-1998.tsv"));
        assertThat(gold).hasSize(13);
        SoftAssertions soft = new SoftAssertions();
        for (Map<String, String> g : gold) {
            String key = g.get("region") + "/" + g.get("indicator") + "/" + g.get("year");
            Map<String, String> row = byKey.getOrDefault(key, Map.of());
            soft.assertThat(row).as(key + " has a row").isNotEmpty();
            soft.assertThat(number(row.get("target_value"))).as(key + " target").isEqualTo(number(g.get("target_value")));
            soft.assertThat(row.get("target_unit")).as(key + " target unit").isEqualTo(g.get("target_unit"));
            soft.assertThat(originalByHashedName.get(row.get("target_doc"))).as(key + " target doc")
                    .isEqualTo(g.get("target_doc"));
            soft.assertThat(number(row.get("actual_value"))).as(key + " result").isEqualTo(number(g.get("actual_value")));
            if (!g.get("actual_value").isEmpty()) {
                soft.assertThat(originalByHashedName.get(row.get("actual_doc"))).as(key + " result doc")
                        .isEqualTo(g.get("actual_doc"));
            }
            soft.assertThat(row.get("status")).as(key + " status").isEqualTo(g.get("status"));
            soft.assertThat(row.get("region_code")).as(key + " region code").isEqualTo("100000");
        }
        soft.assertAll();
    }

    @Test
    void provincialReportsAndSeedsKeepTheirMetadata() throws IOException {
        String other = dir.resolve("other").toString();
        Path provinces = resourceFiles("/provinces-2026").get(0).getParent();
        CliRun run = CliRun.of("import", "--db", other, provinces.toString(), "seeds");
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Map<String, String>> listed = new LinkedHashMap<>();
        for (Map<String, String> row : tsv(CliRun.of("list", "--db", other).out())) {
            listed.put(row.get("file"), row);
        }
        List<Map<String, String>> baseline = tsv(resource("/metadata-baseline-provinces-seeds.tsv"));
        assertThat(baseline).hasSize(33);
        SoftAssertions soft = new SoftAssertions();
        for (Map<String, String> b : baseline) {
            Map<String, String> row = listed.getOrDefault(b.get("file"), Map.of());
            String year = b.get("now").isEmpty() ? b.get("year") : b.get("now");
            for (String field : List.of("region", "level", "report_date")) {
                soft.assertThat(row.get(field)).as(b.get("file") + " " + field).isEqualTo(b.get(field));
            }
            soft.assertThat(row.get("year")).as(b.get("file") + " year").isEqualTo(year);
            if (!b.get("region").isEmpty()) {
                soft.assertThat(row.get("region_code")).as(b.get("file") + " region code").matches("\\d{6}");
            }
        }
        soft.assertAll();
    }

    // ---------------------------------------------------------------- plumbing

    private static BigDecimal number(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s).stripTrailingZeros();
    }

    private static List<Path> resourceFiles(String folder) throws IOException {
        try {
            Path root = Path.of(NationalArchiveTest.class.getResource(folder).toURI());
            try (Stream<Path> files = Files.list(root)) {
                return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NationalArchiveTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Rows of a TSV with a header line; '#' lines are comments. */
    private static List<Map<String, String>> tsv(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** Rows of the compare CSV (its cells hold no quoted commas in these reports' numbers and names). */
    private static List<Map<String, String>> csv(String text) {
        return tsv(text.lines().map(l -> l.replace(',', '\t')).reduce("", (a, b) -> a + b + "\n"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
