package com.reportworkbench.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team's shared store on a PostgreSQL server, as the command line and Preferences name it:
 * {@code postgresql://USER@HOST:PORT/DBNAME} (port optional, 5432). There is deliberately no place for
 * a password: it comes from {@code PGPASSWORD} or {@code ~/.pgpass} ({@link PgPass}), as with psql, so
 * it never shows in a process list or a shell history.
 */
public record PostgresTarget(String user, String host, int port, String database) {
    static final String SCHEME = "postgresql://";
    /** Where the stand-in type {@code clob} lives; it is on every connection's search path, after {@code public}. */
    static final String TYPES_SCHEMA = "workbench_types";
    private static final Pattern FORM = Pattern.compile("postgresql://([^@/:]+)@([^/:]+|\\[[^\\]]+\\])(?::(\\d{1,5}))?/([^/?#]+)/?");

    /** True if the store argument names a PostgreSQL store rather than an H2 folder. */
    public static boolean isPostgres(String store) {
        return store != null && store.toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /**
     * @throws StoreException if the text is not of the form above (a password in it is refused by name)
     */
    public static PostgresTarget parse(String url) {
        if (url.matches("(?i)postgresql://[^@/]*:[^@/]*@.*")) {
            throw new StoreException("a password in the store URL is refused: give it in PGPASSWORD or ~/.pgpass");
        }
        Matcher m = FORM.matcher(url.strip());
        if (!m.matches()) {
            throw new StoreException("not a PostgreSQL store URL: " + url + " (expected postgresql://USER@HOST:PORT/DBNAME)");
        }
        int port = m.group(3) == null ? 5432 : Integer.parseInt(m.group(3));
        return new PostgresTarget(decode(m.group(1)), m.group(2), port, decode(m.group(4)));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The JDBC URL; batched inserts are rewritten into multi-row inserts (an import stores thousands of figures). */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?reWriteBatchedInserts=true&ApplicationName=report-workbench"
                + "&currentSchema=public," + TYPES_SCHEMA;
    }

    /** The form the user gave, for messages and the window's title. */
    @Override
    public String toString() {
        return SCHEME + user + "@" + host + ":" + port + "/" + database;
    }
}
