package com.reportworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.ExtractionInput;
import com.reportworkbench.extract.FigureExtractor;
import com.reportworkbench.extract.RuleBasedExtractor;
import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a batch import: afterwards the store opens, every document is complete or
 * absent, edits confirmed before the kill are there, and the next import resumes by skipping.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesEveryDocumentCompleteOrAbsent() throws Exception {
        Path storeDir = dir.resolve("store");
        List<Path> files = CorpusFixture.write(dir.resolve("corpus"), 60);

        long editedFigure;
        try (Store store = Store.open(storeDir)) {
            ImportOutcome first = new ImportService(store).importFile(files.get(0));
            FigureRecord figure = store.figures().forDocument(first.documentId()).get(0);
            editedFigure = figure.id();
            store.figures().apply("confirmed before the crash",
                    List.of(new FigureEdit(editedFigure, FigureField.INDICATOR_TEXT, "分析师改过的指标")));
        }

        Process child = ChildJvm.start(dir, "import", "--db", storeDir.toString(), dir.resolve("corpus").toString());
        int importedBeforeKill = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("imported")) {
                    importedBeforeKill++;
                }
                if (importedBeforeKill >= 8) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(importedBeforeKill).as("the child was killed mid-batch").isEqualTo(8);

        FigureExtractor extractor = RuleBasedExtractor.create();
        try (Store store = Store.open(storeDir)) {
            List<DocumentRecord> docs = store.documents().list();
            assertThat(docs.size()).isBetween(9, files.size() - 1);
            for (DocumentRecord doc : docs) {
                String text = store.documents().text(doc.id());
                Path source = dir.resolve("corpus").resolve(doc.fileName());
                assertThat(text).isEqualTo(Files.readString(source, StandardCharsets.UTF_8));
                int expected = extractor.extract(new ExtractionInput(text, store.documents().boilerplate(doc.id()),
                        doc.reportDate(), doc.year())).size();
                assertThat(store.figures().forDocument(doc.id())).as(doc.fileName()).hasSize(expected);
            }
            assertThat(store.figures().get(editedFigure).orElseThrow().current().indicatorText())
                    .isEqualTo("分析师改过的指标");

            ImportSummary resumed = new ImportService(store).importAll(List.of(dir.resolve("corpus")),
                    ImportListener.NONE, new CancellationFlag());
            assertThat(resumed.count(ImportOutcome.Status.SKIPPED)).isEqualTo(docs.size());
            assertThat(resumed.failures()).isEmpty();
            assertThat(store.documents().count()).isEqualTo(files.size());
        }
    }
}
