package com.reportworkbench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.cli.CompareCommand;
import com.reportworkbench.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareTest {
    @TempDir
    Path dir;

    private List<AttainmentRow> rows() {
        try (Store store = Store.open(dir)) {
            CompareFixture.build(store);
            return Comparison.run(store);
        }
    }

    private static AttainmentRow row(List<AttainmentRow> rows, String indicator, int year) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && r.year() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + indicator + " " + year));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void missedGrowthTarget() {
        AttainmentRow gdp = row(rows(), "gdp", 2023);
        assertThat(gdp.region()).isEqualTo(CompareFixture.REGION);
        assertThat(gdp.target().value()).isEqualByComparingTo("6.5");
        assertThat(gdp.target().qualifier().id()).isEqualTo("approx");
        assertThat(gdp.target().source().documentName()).isEqualTo(CompareFixture.FILE_2023);
        // first mention in the review summary (6%), not the quarterly 5.5% or the level 120亿元
        assertThat(gdp.actual().value()).isEqualByComparingTo("6");
        assertThat(gdp.actual().unit()).isEqualTo("%");
        assertThat(gdp.actual().source().documentName()).isEqualTo(CompareFixture.FILE_2024);
        assertThat(gdp.gap()).isEqualByComparingTo("-0.5");
        assertThat(gdp.gapUnit()).isEqualTo("个百分点");
        assertThat(gdp.status()).isEqualTo(AttainmentStatus.MISSED);
    }

    @Test
    void ceilingIndicators() {
        List<AttainmentRow> rows = rows();
        AttainmentRow cpi = row(rows, "cpi", 2023);
        assertThat(cpi.direction()).isEqualTo(Direction.CEILING);
        // the analyst corrected 2.1 to 2.3: the correction counts, not the machine's proposal
        assertThat(cpi.actual().value()).isEqualByComparingTo("2.3");
        assertThat(cpi.gap()).isEqualByComparingTo("-0.7");
        assertThat(cpi.status()).isEqualTo(AttainmentStatus.MET);

        AttainmentRow unemployment = row(rows, "unemployment_rate", 2023);
        assertThat(unemployment.target().value()).isEqualByComparingTo("4.5");
        assertThat(unemployment.actual().value()).isEqualByComparingTo("4.8");
        assertThat(unemployment.gap()).isEqualByComparingTo("0.3");
        assertThat(unemployment.status()).isEqualTo(AttainmentStatus.MISSED);
    }

    @Test
    void rangeUsesLowerBoundAndShowsBothEnds() {
        AttainmentRow iva = row(rows(), "industrial_value_added", 2023);
        assertThat(iva.target().value()).isEqualByComparingTo("7");
        assertThat(iva.target().valueHigh()).isEqualByComparingTo("7.5");
        assertThat(iva.target().valueText()).isEqualTo("7-7.5");
        assertThat(iva.threshold()).isEqualByComparingTo("7");
        assertThat(iva.gap()).isEqualByComparingTo("0.2");
        assertThat(iva.status()).isEqualTo(AttainmentStatus.MET);
    }

    @Test
    void unknownWhenUnitsDifferOrASideIsMissing() {
        List<AttainmentRow> rows = rows();
        AttainmentRow fai = row(rows, "fixed_asset_investment", 2023);
        assertThat(fai.target().unit()).isEqualTo("%");
        assertThat(fai.hasActual()).isFalse(); // the later report gave only a level (亿元): not a growth result
        assertThat(fai.gap()).isNull();
        assertThat(fai.status()).isEqualTo(AttainmentStatus.UNKNOWN);

        // the only retail achievement was rejected by the analyst
        AttainmentRow retail = row(rows, "retail_sales", 2023);
        assertThat(retail.hasTarget()).isTrue();
        assertThat(retail.hasActual()).isFalse();
        assertThat(retail.status()).isEqualTo(AttainmentStatus.UNKNOWN);

        // the 2024 target has no later report yet; the 2022 achievement has no plan report
        assertThat(row(rows, "gdp", 2024).status()).isEqualTo(AttainmentStatus.UNKNOWN);
        assertThat(row(rows, "gdp", 2024).hasActual()).isFalse();
        assertThat(row(rows, "gdp", 2022).hasTarget()).isFalse();
        assertThat(row(rows, "gdp", 2022).actual().value()).isEqualByComparingTo("4");
    }

    @Test
    void reviewedCandidateBeatsEarlierUnreviewedOne() {
        AttainmentRow fiscal = row(rows(), "fiscal_revenue_local", 2023);
        assertThat(fiscal.actual().value()).isEqualByComparingTo("4.8");
        assertThat(fiscal.actual().reviewed()).isTrue();
        assertThat(fiscal.gap()).isEqualByComparingTo("-0.2");
        assertThat(fiscal.status()).isEqualTo(AttainmentStatus.MISSED);
    }

    @Test
    void levelTargetMet() {
        AttainmentRow grain = row(rows(), "grain_output", 2023);
        assertThat(grain.target().qualifier().id()).isEqualTo("at_least");
        assertThat(grain.gap()).isEqualByComparingTo("0.5");
        assertThat(grain.gapUnit()).isEqualTo("万吨");
        assertThat(grain.status()).isEqualTo(AttainmentStatus.MET);
    }

    @Test
    void rowsAreOrderedByRegionIndicatorListAndYear() {
        List<String> keys = rows().stream().map(r -> r.indicator() + "/" + r.year()).toList();
        assertThat(keys).containsExactly("gdp/2022", "gdp/2023", "gdp/2024", "industrial_value_added/2023",
                "fixed_asset_investment/2023", "retail_sales/2023", "fiscal_revenue_local/2023",
                "unemployment_rate/2023", "grain_output/2023", "cpi/2023");
    }

    @Test
    void reviewedOnlyCountsOnlyAnalystFigures() {
        try (Store store = Store.open(dir)) {
            CompareFixture.build(store);
            List<AttainmentRow> rows = Comparison.run(store, true, null);
            // reviewed: the edited cpi and the accepted fiscal figure; no target was reviewed
            assertThat(rows).extracting(AttainmentRow::indicator).containsExactlyInAnyOrder("fiscal_revenue_local", "cpi");
            assertThat(rows).allSatisfy(r -> assertThat(r.status()).isEqualTo(AttainmentStatus.UNKNOWN));
        }
    }

    @Test
    void compareCommandPrintsTheContractCsv() {
        try (Store store = Store.open(dir)) {
            CompareFixture.build(store);
        }
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new CompareCommand());
        cmd.setOut(new PrintWriter(out));
        int exit = cmd.execute("--db", dir.toString(), "--format", "csv");
        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "region,indicator,year,target_value,target_unit,target_qualifier,target_doc,actual_value,actual_unit,"
                        + "actual_doc,gap,status,region_code,measure");
        assertThat(lines).hasSize(1 + 10);
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        String[] header = lines.get(0).split(",", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(14);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], cells[i]);
            }
            byKey.put(m.get("indicator") + "/" + m.get("year"), m);
        }
        assertThat(byKey.get("gdp/2023")).containsEntry("region", CompareFixture.REGION)
                .containsEntry("target_value", "6.5").containsEntry("target_unit", "%")
                .containsEntry("target_qualifier", "approx").containsEntry("target_doc", CompareFixture.FILE_2023)
                .containsEntry("actual_value", "6").containsEntry("actual_unit", "%")
                .containsEntry("actual_doc", CompareFixture.FILE_2024).containsEntry("gap", "-0.5")
                .containsEntry("status", "missed").containsEntry("region_code", "220605").containsEntry("measure", "");
        assertThat(byKey.get("industrial_value_added/2023")).containsEntry("target_value", "7-7.5")
                .containsEntry("gap", "0.2").containsEntry("status", "met");
        assertThat(byKey.get("cpi/2023")).containsEntry("actual_value", "2.3").containsEntry("status", "met");
        assertThat(byKey.get("unemployment_rate/2023")).containsEntry("target_qualifier", "at_most")
                .containsEntry("status", "missed");
        assertThat(byKey.get("fixed_asset_investment/2023")).containsEntry("target_unit", "%").containsEntry("actual_value", "").containsEntry("actual_unit", "")
                .containsEntry("gap", "").containsEntry("status", "unknown");
        assertThat(byKey.values().stream().map(m -> m.get("status")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("met", "missed", "unknown");
        assertThat(Arrays.asList(header)).isEqualTo(Comparison.CSV_COLUMNS);
    }

    @Test
    void compareCommandRefusesOtherFormats() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new CompareCommand());
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("--db", dir.toString(), "--format", "json")).isEqualTo(2);
        assertThat(err.toString()).contains("csv");
    }
}
