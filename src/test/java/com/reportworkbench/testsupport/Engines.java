package com.reportworkbench.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh store on either engine, for tests that must hold on both: an H2 folder, or a PostgreSQL database. */
public final class Engines {
    private Engines() {}

    /** "h2" → a new folder under {@code temp}; "pg" → a new PostgreSQL database (the test is skipped without one). */
    public static String freshStore(String engine, Path temp) {
        if ("pg".equals(engine)) {
            return TestPostgres.freshStore();
        }
        try {
            return Files.createTempDirectory(temp, "h2-store").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
