package com.reportworkbench.cli;

import com.reportworkbench.check.SingleDocumentChecks;
import com.reportworkbench.confidence.Assessment;
import com.reportworkbench.confidence.ConfidenceJson;
import com.reportworkbench.confidence.FigureAssessor;
import com.reportworkbench.extract.ExtractionInput;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.FigureExtractor;
import com.reportworkbench.extract.FigureJson;
import com.reportworkbench.extract.RuleBasedExtractor;
import com.reportworkbench.importer.DecodedDocument;
import com.reportworkbench.importer.DocumentReader;
import com.reportworkbench.importer.FailureReasons;
import com.reportworkbench.importer.UnreadableDocumentException;
import com.reportworkbench.text.BoilerplateDetector;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.MetadataDetector;
import com.reportworkbench.text.TextRange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE...}: figures as JSON lines on stdout; touches no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the figures of files (any supported format and encoding) as JSON lines.")
public final class ExtractCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "report files")
    List<Path> files;

    /** Development aid for the offline fit of the confidence model: each line also carries its evidence. */
    @Option(names = "--evidence", hidden = true)
    boolean evidence;

    @Override
    public Integer call() {
        DocumentReader reader = new DocumentReader();
        MetadataDetector metadataDetector = new MetadataDetector();
        BoilerplateDetector boilerplateDetector = new BoilerplateDetector();
        FigureExtractor extractor = RuleBasedExtractor.create();
        FigureAssessor assessor = FigureAssessor.standard();
        SingleDocumentChecks checks = new SingleDocumentChecks();
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        int exit = 0;
        for (Path file : files) {
            List<String> lines;
            try {
                DecodedDocument doc = reader.read(file);
                DocumentMetadata metadata = metadataDetector.detect(doc.text(), doc.fileName());
                List<TextRange> boilerplate = boilerplateDetector.detect(doc.text());
                ExtractionInput input = new ExtractionInput(doc.text(), boilerplate, metadata.reportDate(), metadata.year());
                List<Figure> figures = extractor.extract(input);
                List<Assessment> assessments = assessor.assess(input, figures);
                List<List<String>> checked = checks.flags(metadata, doc.fileName(), figures);
                lines = new ArrayList<>(figures.size());
                for (int i = 0; i < figures.size(); i++) {
                    lines.add(ConfidenceJson.withAssessment(FigureJson.toJsonLine(doc.fileName(), figures.get(i)),
                            assessments.get(i), checked.get(i), evidence ? assessor.unitFamily(figures.get(i).unit()) : null));
                }
            } catch (UnreadableDocumentException e) {
                err.println("failed\t" + LineText.escape(file) + "\t" + LineText.escape(e.getMessage()));
                exit = 1;
                continue;
            } catch (Throwable e) { // NOPMD: one file's StackOverflowError or LinkageError must not stop the others
                LOG.error("extract: {} failed", file, e);
                err.println("failed\t" + LineText.escape(file) + "\t" + LineText.escape(FailureReasons.of(e)));
                exit = 1;
                continue;
            }
            for (String line : lines) { // a file's figures are printed whole or not at all
                out.println(line);
            }
            out.flush();
        }
        out.flush();
        return exit;
    }
}
