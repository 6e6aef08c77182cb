package com.reportworkbench.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The five sample reports bundled in the jar, for the first-run "import the sample reports". */
public final class SampleReports {
    private static final String INDEX = "/assets/sample-reports.txt";

    private SampleReports() {}

    /** File names of the bundled samples, from the index in assets/. */
    public static List<String> names() {
        try (InputStream in = SampleReports.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the samples, byte for byte, into a new temporary folder and returns it. */
    public static Path copyToTempFolder() {
        try {
            Path dir = Files.createTempDirectory("report-workbench-samples");
            for (String name : names()) {
                try (InputStream in = SampleReports.class.getResourceAsStream("/seeds/" + name)) {
                    if (in != null) {
                        Files.copy(in, dir.resolve(name));
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the sample reports: " + e.getMessage(), e);
        }
    }
}
