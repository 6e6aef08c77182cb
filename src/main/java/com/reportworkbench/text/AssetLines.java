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
 * Reads the rule and word-list files shipped under {@code /assets/} on the class path. Lines that are
 * blank or start with {@code #} are comments; the others come back trimmed of their line break only
 * (tabs separate columns, so inner whitespace is kept).
 */
public final class AssetLines {
    private AssetLines() {
    }

    /** The data lines of {@code /assets/<name>}; fails loudly when the file is missing (a packaging bug). */
    public static List<String> read(String name) {
        String path = "/assets/" + name;
        try (InputStream in = AssetLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing asset on the class path: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String stripped = line.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                lines.add(line.replace("\r", ""));
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The data lines split on tabs, each column trimmed. */
    public static List<String[]> readColumns(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : read(name)) {
            String[] cols = line.split("\t");
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            rows.add(cols);
        }
        return rows;
    }
}
