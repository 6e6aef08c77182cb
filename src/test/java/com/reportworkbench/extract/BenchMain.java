package com.reportworkbench.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development aid, not a test: prints ExtractionBenchmark's JSON for the *.txt of a folder. */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.println(ExtractionBenchmark.run(texts, repeat).toJson());
    }
}
