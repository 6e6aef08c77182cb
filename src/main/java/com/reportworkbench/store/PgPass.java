package com.reportworkbench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of a PostgreSQL store, found as psql finds it: {@code PGPASSWORD}, else the first
 * matching line of {@code PGPASSFILE} or {@code ~/.pgpass} ({@code host:port:database:user:password},
 * {@code *} matches anything, {@code \:} and {@code \\} escape). No password at all is fine for
 * servers that trust local users.
 */
final class PgPass {
    private static final Logger LOG = LoggerFactory.getLogger(PgPass.class);

    private PgPass() {}

    static String password(PostgresTarget target) {
        return password(target, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static String password(PostgresTarget target, Map<String, String> env, Path home) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        String passFile = env.get("PGPASSFILE");
        Path file = passFile != null && !passFile.isBlank() ? Path.of(passFile) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() == 5 && matches(f.get(0), target.host()) && matches(f.get(1), Integer.toString(target.port()))
                        && matches(f.get(2), target.database()) && matches(f.get(3), target.user())) {
                    return f.get(4);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot read {}", file, e);
        }
        return null;
    }

    private static boolean matches(String pattern, String value) {
        return "*".equals(pattern) || pattern.equals(value)
                || ("localhost".equals(pattern) && ("127.0.0.1".equals(value) || "::1".equals(value)));
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
