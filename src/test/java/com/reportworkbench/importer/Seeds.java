package com.reportworkbench.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The sample reports, read from the class path where the pom packs seeds/. */
final class Seeds {
    static final String JIANGYUAN = "000_b12ad143352142ad.txt";
    static final String DONGZHOU = "001_870255d8f02f9992.txt";
    static final String LIAOYUAN = "003_853f39a04c100108.txt";

    private Seeds() {}

    static String text(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed not on the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's non-blank lines, trimmed: what docx, pdf and html fixtures hold as paragraphs. */
    static List<String> paragraphs(String name) {
        return Arrays.stream(text(name).split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
