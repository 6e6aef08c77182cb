package com.reportworkbench.extract;

import com.reportworkbench.text.BoilerplateDetector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development aid, not a test: prints the JSONL of every file given (or of a folder's *.txt) for
 * score_figures.py. Usage: DumpPredictions FILE_OR_DIR...
 */
public final class DumpPredictions {
    private DumpPredictions() {
    }

    public static void main(String[] args) throws IOException {
        RuleBasedExtractor extractor = RuleBasedExtractor.create();
        BoilerplateDetector detector = new BoilerplateDetector();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String arg : args) {
            Path p = Path.of(arg);
            try (var files = Files.isDirectory(p) ? Files.list(p).filter(f -> f.toString().endsWith(".txt")).sorted()
                    : java.util.stream.Stream.of(p)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    ExtractionInput in = new ExtractionInput(text, detector.detect(text), null, null);
                    for (Figure fig : extractor.extract(in)) {
                        out.println(FigureJson.toJsonLine(f.getFileName().toString(), fig));
                    }
                }
            }
        }
    }
}
