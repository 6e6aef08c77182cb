package com.reportworkbench.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated table shipped under /assets: '#' lines are comments, the first other line is the header. */
final class TsvResource {
    private TsvResource() {}

    /** The data rows (header left out), each split on tabs. */
    static List<String[]> rows(String name) {
        String path = "/assets/" + name;
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line.split("\t", -1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
