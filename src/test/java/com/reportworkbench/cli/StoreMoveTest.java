package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Store;
import com.reportworkbench.testsupport.Engines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store moved from H2 to PostgreSQL and back through an engine-neutral backup keeps its counts and history. */
class StoreMoveTest {
    @TempDir
    Path temp;

    @Test
    void backupFromH2RestoreIntoPostgreSQLAndBackKeepsHistoryAndCounts() throws Exception {
        String h2 = Engines.freshStore("h2", temp);
        String pg = Engines.freshStore("pg", temp);
        String h2again = Engines.freshStore("h2", temp);
        Path report = temp.resolve("r.txt");
        Files.writeString(report, "某县政府工作报告\n全年地区生产总值增长6%，一般公共预算收入12亿元，粮食产量30万吨。\n",
                StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "--db", h2, report.toString()).exit()).isZero();
        long figure;
        try (Store s = Store.open(h2).signAs("alice")) {
            long doc = s.documents().list().get(0).id();
            List<FigureRecord> figures = s.figures().forDocument(doc);
            figure = figures.get(0).id();
            s.figures().apply("kind", List.of(new FigureEdit(figure, FigureField.KIND, "target")));
            s.figures().apply("value", List.of(new FigureEdit(figure, FigureField.VALUE, "6.5")));
            s.figures().undo(); // an undone action must stay undone, and redoable
            s.coding().assign(doc, List.of("li", "wang"));
            s.coding().finish(doc, "li");
            s.coding().finish(doc, "wang"); // done: the shared figures are editable again
        }
        Path dump = temp.resolve("store.jsonl.gz");
        CliRun backup = CliRun.of("backup", "--db", h2, "--out", dump.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        CliRun restore = CliRun.of("restore", "--db", pg, dump.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();

        assertThat(CliRun.of("list", "--db", pg).out()).isEqualTo(CliRun.of("list", "--db", h2).out());
        try (Store a = Store.open(h2); Store b = Store.open(pg).signAs("alice")) {
            assertThat(b.figures().history(figure)).isEqualTo(a.figures().history(figure));
            assertThat(b.figures().history(figure)).extracting(c -> c.analyst()).containsOnly("alice");
            assertThat(b.coding().assignments(b.documents().list().get(0).id())).hasSize(2);
            assertThat(b.figures().redo()).isPresent(); // the undone action, redone on the new engine
            assertThat(b.figures().get(figure).orElseThrow().current().value()).isEqualByComparingTo("6.5");
            // new rows get new ids after the loaded ones
            long cs = b.figures().apply("unit", List.of(new FigureEdit(figure, FigureField.UNIT, "个")));
            assertThat(cs).isGreaterThan(2);
        }
        Path back = temp.resolve("back.jsonl.gz");
        assertThat(CliRun.of("backup", "--db", pg, "--out", back.toString()).exit()).isZero();
        assertThat(CliRun.of("restore", "--db", h2again, back.toString()).exit()).isZero();
        assertThat(CliRun.of("list", "--db", h2again).out()).isEqualTo(CliRun.of("list", "--db", pg).out());
        try (Store a = Store.open(pg); Store c = Store.open(h2again)) {
            assertThat(c.figures().history(figure)).isEqualTo(a.figures().history(figure));
        }
    }
}
