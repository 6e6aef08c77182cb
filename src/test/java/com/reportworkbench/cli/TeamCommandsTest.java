package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reportworkbench.store.FigureChange;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Store;
import com.reportworkbench.testsupport.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Double coding through `apply`, agreement by `agree` checked against a hand computation; on H2 and PostgreSQL. */
class TeamCommandsTest {
    private static final String REPORT = "某市政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长6%，一般公共预算收入120亿元，"
            + "固定资产投资增长8%，社会消费品零售总额增长7%，城镇居民人均可支配收入增长5%，粮食产量30万吨，"
            + "新增城镇就业2万人，引进项目45个。\n";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void importRecordsWhoImported(String engine) throws Exception {
        String db = Engines.freshStore(engine, temp);
        Path report = temp.resolve("report.txt");
        Files.writeString(report, REPORT, StandardCharsets.UTF_8);
        Path other = temp.resolve("other.txt");
        Files.writeString(other, REPORT.replace("某市", "某县"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", "--db", db, "--user", "gao", report.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (Store s = Store.open(db).signAs("hu")) {
            long first = s.documents().list().get(0).id();
            assertThat(s.documents().importedBy(first)).contains("gao");
            long second = s.documents().insert(new com.reportworkbench.store.NewDocument("other.txt", other.toString(),
                    "ab".repeat(32), "txt", "UTF-8", Files.readString(other), null, null, null), List.of());
            assertThat(s.documents().importedBy(second)).contains("hu");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void twoCodersThroughApplyGiveTheHandComputedAgreement(String engine) throws Exception {
        String db = Engines.freshStore(engine, temp);
        Path report = temp.resolve("report.txt");
        Files.writeString(report, REPORT, StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "--db", db, report.toString()).exit()).isZero();
        long doc;
        List<FigureRecord> figures;
        try (Store s = Store.open(db)) {
            doc = s.documents().list().get(0).id();
            figures = s.figures().forDocument(doc);
        }
        assertThat(figures).as("the report's figures").hasSizeGreaterThanOrEqualTo(8);
        assertThat(CliRun.of("assign", "--db", db, "--doc", Long.toString(doc), "--to", "alice", "bob").exit()).isZero();

        // figures 1-6 kept by both with these kinds and indicators; 7 kept by alice only; the rest rejected by both
        String[] kindA = {"target", "target", "achievement", "achievement", "other", "target"};
        String[] kindB = {"target", "achievement", "achievement", "achievement", "other", "other"};
        String[] indA = {"gdp", "gdp", null, null, null, null};
        String[] indB = {"gdp", null, null, null, null, null};
        List<String> alice = new ArrayList<>();
        List<String> bob = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            long id = figures.get(i).id();
            if (i < 6) {
                alice.add(line(id, kindA[i], indA[i], null, "accepted"));
                bob.add(line(id, kindB[i], indB[i], i == 1 ? "999999" : null, "accepted"));
            } else if (i == 6) {
                alice.add("{\"id\":" + id + ",\"status\":\"accepted\"}");
                bob.add("{\"id\":" + id + ",\"status\":\"rejected\"}");
            } else {
                alice.add("{\"id\":" + id + ",\"status\":\"rejected\"}");
                bob.add("{\"id\":" + id + ",\"status\":\"rejected\"}");
            }
        }
        Path aliceFile = Files.write(temp.resolve("alice.jsonl"), alice, StandardCharsets.UTF_8);
        Path bobFile = Files.write(temp.resolve("bob.jsonl"), bob, StandardCharsets.UTF_8);
        CliRun a = CliRun.of("apply", "--db", db, "--user", "alice", aliceFile.toString());
        assertThat(a.exit()).as(a.out() + a.err()).isZero();
        assertThat(a.out().lines()).allMatch(l -> l.startsWith("applied\t"));
        assertThat(CliRun.of("apply", "--db", db, "--user", "bob", bobFile.toString()).exit()).isZero();

        // until both are done: no agreement yet, the shared figures untouched, and a coder sees only their own
        assertThat(json(CliRun.of("agree", "--db", db).out()).get("documents").asInt()).isZero();
        try (Store s = Store.open(db).signAs("alice"); Store carol = Store.open(db).signAs("carol")) {
            // the shared figures are untouched: a non-coder sees the machine's proposals and may not edit them now
            assertThat(carol.figures().get(figures.get(1).id()).orElseThrow().current()).isEqualTo(figures.get(1).current());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> carol.figures().apply("k", List.of(
                    new com.reportworkbench.store.FigureEdit(figures.get(0).id(), com.reportworkbench.store.FigureField.KIND,
                            "other")))).hasMessageContaining("double-coded");
            // a coder sees their own decisions through the ordinary figure API (the window's), and not the other's
            assertThat(s.figures().forDocument(doc).get(1).current().kind().id()).isEqualTo("target");
            assertThat(s.coding().codedFigures(doc, "alice").get(1).value(com.reportworkbench.store.FigureField.KIND))
                    .isEqualTo("target");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.coding().codedFigures(doc, "bob"))
                    .hasMessageContaining("hidden");
            // an edit by a coder in the window goes to their own layer, not to the shared figure
            s.figures().apply("window edit", List.of(new com.reportworkbench.store.FigureEdit(figures.get(2).id(),
                    com.reportworkbench.store.FigureField.INDICATOR_TEXT, "窗口里改的")));
            assertThat(carol.figures().get(figures.get(2).id()).orElseThrow().current()).isEqualTo(figures.get(2).current());
            assertThat(s.figures().get(figures.get(2).id()).orElseThrow().current().indicatorText()).isEqualTo("窗口里改的");
        }
        assertThat(CliRun.of("assign", "--db", db, "--user", "alice", "--done", "--doc", Long.toString(doc)).exit()).isZero();
        assertThat(CliRun.of("assign", "--db", db, "--user", "bob", "--done", "--doc", Long.toString(doc)).exit()).isZero();

        JsonNode agree = json(CliRun.of("agree", "--db", db).out());
        // by hand: kinds agree on 4 of 6; alice target 3, achievement 2, other 1; bob 1, 3, 2
        // p_o = 4/6, p_e = (3·1 + 2·3 + 1·2)/36 = 11/36, κ = (24/36 − 11/36)/(25/36) = 13/25
        assertThat(agree.get("kappa_kind").asDouble()).isCloseTo(13.0 / 25, within(1e-4));
        // indicators agree on 5 of 6; alice gdp 2, none 4; bob gdp 1, none 5: p_e = 22/36, κ = (30 − 22)/(36 − 22) = 8/14
        assertThat(agree.get("kappa_indicator").asDouble()).isCloseTo(8.0 / 14, within(1e-4));
        // alice kept 7, bob 6, all 6 of bob's matched: F1 = 2·6/13; one of 6 pairs differs in value
        assertThat(agree.get("span_f1").asDouble()).isCloseTo(12.0 / 13, within(1e-4));
        assertThat(agree.get("value_agreement").asDouble()).isCloseTo(5.0 / 6, within(1e-4));
        assertThat(agree.get("documents").asInt()).isEqualTo(1);
        assertThat(agree.get("figures").asInt()).isEqualTo(7);
        assertThat(agree.get("disagreements").asInt()).isEqualTo(3); // figure 2, figure 6, figure 7

        // adjudication: bob's decision on figure 2 becomes the figure's, signed by the adjudicator
        try (Store s = Store.open(db).signAs("carol")) {
            long id = figures.get(1).id();
            assertThat(s.coding().adjudicate(id, "bob")).isPositive();
            FigureRecord settled = s.figures().get(id).orElseThrow();
            assertThat(settled.current().kind().id()).isEqualTo("achievement");
            assertThat(settled.current().baseValue()).isEqualByComparingTo("999999");
            assertThat(settled.updatedBy()).isEqualTo("carol");
            assertThat(s.figures().history(id)).extracting(FigureChange::analyst).containsOnly("carol");
            assertThat(s.coding().adjudicated(id)).contains("bob");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void applyRecordsSignedUndoableChangesAndReportsAStaleDecisionAsAConflict(String engine) throws Exception {
        String db = Engines.freshStore(engine, temp);
        Path report = temp.resolve("report.txt");
        Files.writeString(report, REPORT, StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "--db", db, report.toString()).exit()).isZero();
        List<FigureRecord> figures;
        try (Store s = Store.open(db)) {
            figures = s.figures().forDocument(s.documents().list().get(0).id());
        }
        long first = figures.get(0).id();
        long second = figures.get(1).id();
        long version = figures.get(1).version();
        Path decisions = Files.write(temp.resolve("d.jsonl"), List.of(
                "{\"id\":" + first + ",\"kind\":\"other\",\"status\":\"accepted\"}"), StandardCharsets.UTF_8);
        CliRun ok = CliRun.of("apply", "--db", db, "--user", "dora", decisions.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        // someone changes the second figure; a decision based on its old version is a conflict, named
        Path other = Files.write(temp.resolve("e.jsonl"), List.of("{\"id\":" + second + ",\"unit\":\"万元\"}"),
                StandardCharsets.UTF_8);
        assertThat(CliRun.of("apply", "--db", db, "--user", "emil", other.toString()).exit()).isZero();
        Path stale = Files.write(temp.resolve("f.jsonl"), List.of(
                "{\"id\":" + second + ",\"kind\":\"target\",\"version\":" + version + "}",
                "{\"id\":999999,\"kind\":\"target\"}"), StandardCharsets.UTF_8);
        CliRun conflict = CliRun.of("apply", "--db", db, "--user", "dora", stale.toString());
        assertThat(conflict.exit()).isEqualTo(1);
        assertThat(conflict.out().lines().toList()).hasSize(2);
        assertThat(conflict.out().lines().toList().get(0)).startsWith("conflict\t" + second + "\t").contains("changed by emil at");
        assertThat(conflict.out().lines().toList().get(1)).startsWith("failed\t999999\t");
        try (Store s = Store.open(db).signAs("dora")) {
            FigureRecord f = s.figures().get(first).orElseThrow();
            assertThat(f.current().kind().id()).isEqualTo("other");
            assertThat(f.updatedBy()).isEqualTo("dora");
            assertThat(s.figures().get(second).orElseThrow().current().kind()).isEqualTo(figures.get(1).current().kind());
            assertThat(s.figures().undo()).isPresent(); // dora's decision is a normal undoable change
            assertThat(s.figures().get(first).orElseThrow().current().kind()).isEqualTo(figures.get(0).current().kind());
        }
        // the edited Figures sheet of an export: only the changed cell counts
        Path sheet = temp.resolve("x");
        assertThat(CliRun.of("export", "--db", db, "--format", "csv", "--out", sheet.toString()).exit()).isZero();
        Path csv;
        try (var files = Files.list(sheet)) {
            csv = files.filter(p -> p.getFileName().toString().toLowerCase().contains("figures")).findFirst().orElseThrow();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        int row = 1;
        while (!lines.get(row).startsWith(first + ",")) {
            row++;
        }
        lines.set(row, lines.get(row).replaceFirst(",accepted,|,machine,|,edited,", ",rejected,"));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        CliRun fromSheet = CliRun.of("apply", "--db", db, "--user", "fay", csv.toString());
        assertThat(fromSheet.exit()).as(fromSheet.out() + fromSheet.err()).isZero();
        assertThat(fromSheet.out().lines().filter(l -> !l.endsWith("no change")).toList())
                .singleElement().asString().startsWith("applied\t" + first + "\t");
        try (Store s = Store.open(db)) {
            assertThat(s.figures().get(first).orElseThrow().status().name()).isEqualTo("REJECTED");
        }
    }

    private static String line(long id, String kind, String indicator, String baseValue, String status) {
        return "{\"id\":" + id + ",\"kind\":\"" + kind + "\",\"indicator\":" + (indicator == null ? "null" : "\"" + indicator + "\"")
                + (baseValue == null ? "" : ",\"base_value\":" + baseValue) + ",\"status\":\"" + status + "\"}";
    }

    private static JsonNode json(String out) throws Exception {
        return new ObjectMapper().readTree(out.strip().lines().reduce((x, y) -> y).orElseThrow());
    }
}
