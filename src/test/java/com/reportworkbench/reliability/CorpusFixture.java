package com.reportworkbench.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Many distinct reports made from the seeds: each copy gets its own closing line, so its own content. */
final class CorpusFixture {
    private CorpusFixture() {}

    static List<Path> write(Path dir, int copies) throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            Path seed = seeds.get(i % seeds.size());
            String text = Files.readString(seed, StandardCharsets.UTF_8) + "\n（副本" + i + "）\n";
            Path file = dir.resolve(String.format("copy_%03d_%s", i, seed.getFileName()));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }
}
