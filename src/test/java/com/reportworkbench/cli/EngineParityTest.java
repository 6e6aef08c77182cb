package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.testsupport.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same files imported into H2 and into PostgreSQL: list, compare and export give the same results. */
class EngineParityTest {
    private static final List<String> FILES = List.of("national/national_1992.txt", "national/national_1993.txt",
            "national/national_1994.txt", "provinces-2026/2026_anhui.txt", "provinces-2026/2026_beijing.txt");

    @TempDir
    Path temp;

    @Test
    void listCompareAndExportAgreeBetweenH2AndPostgreSQL() throws Exception {
        String h2 = Engines.freshStore("h2", temp);
        String pg = Engines.freshStore("pg", temp); // skipped (with the reason) without PostgreSQL
        Path files = Files.createDirectories(temp.resolve("files"));
        for (String f : FILES) {
            Path source = Path.of("src/test/resources").resolve(f);
            Files.copy(source, files.resolve(source.getFileName()));
        }
        for (String db : List.of(h2, pg)) {
            CliRun imported = CliRun.of("import", "--db", db, files.toString());
            assertThat(imported.exit()).as(imported.err()).isZero();
        }
        CliRun listH2 = CliRun.of("list", "--db", h2);
        CliRun listPg = CliRun.of("list", "--db", pg);
        assertThat(listH2.out().lines()).hasSize(FILES.size() + 1);
        assertThat(listPg.out()).isEqualTo(listH2.out());

        CliRun compareH2 = CliRun.of("compare", "--db", h2);
        CliRun comparePg = CliRun.of("compare", "--db", pg);
        assertThat(compareH2.out().lines().count()).as("compare rows").isGreaterThan(1);
        assertThat(comparePg.out()).isEqualTo(compareH2.out());

        for (String sheet : List.of("figures", "attainment", "wide")) {
            assertThat(exported(pg, "pg", sheet)).as(sheet).isEqualTo(exported(h2, "h2", sheet));
        }
    }

    private String exported(String db, String name, String sheet) throws Exception {
        Path out = temp.resolve("export-" + name);
        assertThat(CliRun.of("export", "--db", db, "--format", "csv", "--out", out.toString()).exit()).isZero();
        try (var files = Files.list(out)) {
            Path csv = files.filter(p -> p.getFileName().toString().toLowerCase().contains(sheet)).findFirst().orElseThrow();
            return Files.readString(csv, StandardCharsets.UTF_8);
        }
    }
}
