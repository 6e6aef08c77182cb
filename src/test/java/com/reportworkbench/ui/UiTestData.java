package com.reportworkbench.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.NewDocument;
import com.reportworkbench.store.Store;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Seed reports with hand-checked figures (the gold file) for UI tests. */
public final class UiTestData {
    public static final Path SEEDS = Path.of("seeds");

    private UiTestData() {}

    /** Non-optional gold figures per seed file, in text order, without overlaps. */
    public static Map<String, List<Figure>> goldFigures() {
        Map<String, List<Figure>> out = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = UiTestData.class.getResourceAsStream("/gold/seeds.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                if (n.path("optional").asBoolean(false)) {
                    continue;
                }
                String doc = n.get("doc").asText();
                String text = Files.readString(SEEDS.resolve(doc));
                int start = n.get("start").asInt();
                int end = n.get("end").asInt();
                Figure f = new Figure(start, end, n.get("text").asText(), n.get("value").decimalValue(), null,
                        n.get("unit").asText(), n.path("base_value").isNull() ? null : n.get("base_value").decimalValue(),
                        Qualifier.fromId(n.get("qualifier").asText()), Kind.fromId(n.get("kind").asText()),
                        n.path("estimated").asBoolean(false), textOrNull(n, "indicator"), textOrNull(n, "indicator_text"),
                        textOrNull(n, "period"), 0, text.length());
                List<Figure> list = out.computeIfAbsent(doc, k -> new ArrayList<>());
                if (list.stream().noneMatch(o -> o.start() < end && start < o.end())) {
                    list.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.start(), b.start())));
        return out;
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }

    /** Inserts the given seed files with their gold figures; returns the document ids in order. */
    public static List<Long> insertSeeds(Store store, String... files) {
        Map<String, List<Figure>> gold = goldFigures();
        List<Long> ids = new ArrayList<>();
        for (String file : files) {
            ids.add(insertFile(store, SEEDS.resolve(file), gold.getOrDefault(file, List.of())));
        }
        return ids;
    }

    public static long insertFile(Store store, Path file, List<Figure> figures) {
        try {
            String text = Files.readString(file);
            String name = file.getFileName().toString();
            NewDocument doc = new NewDocument(name, file.toAbsolutePath().toString(), sha256(Files.readAllBytes(file)),
                    "txt", "UTF-8", text, new DocumentMetadata("测试 " + name, "地区" + name.substring(0, 3),
                            AdminLevel.COUNTY, null, 2024), List.of());
            return store.documents().insert(doc, figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The core for tests: the real store; import stores .txt files with their gold figures (until the
     * importer is there, and independent of the extractor's progress).
     */
    public static class TestCore extends DefaultCoreServices {
        public TestCore(Store store) {
            super(store);
        }

        @Override
        public boolean importAvailable() {
            return true;
        }

        @Override
        public ImportSummary importAll(List<Path> roots, ImportListener listener, CancellationFlag cancel) {
            Map<String, List<Figure>> gold = goldFigures();
            List<Path> files = new ArrayList<>();
            for (Path root : roots) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            listener.started(files.size());
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (Path f : files) {
                if (cancel.isCancelled()) {
                    return new ImportSummary(outcomes, true);
                }
                List<Figure> figures = gold.getOrDefault(f.getFileName().toString(), List.of());
                long id = insertFile(store(), f, figures);
                outcomes.add(new ImportOutcome(ImportOutcome.Status.IMPORTED, f, "", id, figures.size()));
                listener.fileDone(outcomes.size(), files.size(), outcomes.get(outcomes.size() - 1));
            }
            return new ImportSummary(outcomes, false);
        }

        @Override
        public Path sampleReports() {
            return SEEDS;
        }
    }

    public static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
