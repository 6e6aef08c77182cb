package com.reportworkbench.cli;

import com.reportworkbench.extract.ExtractionInput;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.FigureExtractor;
import com.reportworkbench.extract.FigureJson;
import com.reportworkbench.extract.RuleBasedExtractor;
import com.reportworkbench.importer.DecodedDocument;
import com.reportworkbench.importer.DocumentReader;
import com.reportworkbench.importer.UnreadableDocumentException;
import com.reportworkbench.text.BoilerplateDetector;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.MetadataDetector;
import com.reportworkbench.text.TextRange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code extract FILE...}: figures as JSON lines on stdout; touches no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the figures of files (any supported format and encoding) as JSON lines.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "report files")
    List<Path> files;

    @Override
    public Integer call() {
        DocumentReader reader = new DocumentReader();
        MetadataDetector metadataDetector = new MetadataDetector();
        BoilerplateDetector boilerplateDetector = new BoilerplateDetector();
        FigureExtractor extractor = RuleBasedExtractor.create();
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        int exit = 0;
        for (Path file : files) {
            DecodedDocument doc;
            try {
                doc = reader.read(file);
            } catch (UnreadableDocumentException e) {
                err.println("failed\t" + file + "\t" + e.getMessage());
                exit = 1;
                continue;
            }
            DocumentMetadata metadata = metadataDetector.detect(doc.text(), doc.fileName());
            List<TextRange> boilerplate = boilerplateDetector.detect(doc.text());
            List<Figure> figures = extractor.extract(
                    new ExtractionInput(doc.text(), boilerplate, metadata.reportDate(), metadata.year()));
            for (Figure f : figures) {
                out.println(FigureJson.toJsonLine(doc.fileName(), f));
            }
            out.flush();
        }
        out.flush();
        return exit;
    }
}
