package com.reportworkbench.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word list or table from the class path {@code /assets/<name>} (the pom packs the project's
 * assets/ folder there), so analysts can read and extend the lists without touching code.
 */
public final class AssetLines {
    private AssetLines() {}

    /** The non-blank lines that are not {@code #} comments, trimmed. A missing asset is a packaging bug. */
    public static List<String> read(String name) {
        String resource = "/assets/" + name;
        try (InputStream in = AssetLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The tab-separated cells of each line of {@link #read}. */
    public static List<String[]> readTable(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : read(name)) {
            rows.add(line.split("\t"));
        }
        return List.copyOf(rows);
    }
}
