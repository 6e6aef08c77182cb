package com.reportworkbench.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL for the tests, never a mock. {@code WORKBENCH_TEST_PG_URL}
 * ({@code postgresql://USER@HOST:PORT/DBNAME}, set by {@code .ci/run}) names a running server;
 * otherwise a throwaway cluster is started from the machine's own server binaries
 * ({@code /usr/lib/postgresql/N/bin}; as root through {@code runuser -u postgres}, since the server
 * refuses root) and stopped when the JVM exits. Each test gets a fresh database of its own. Without
 * either the PostgreSQL tests are skipped with the reason, and the H2 tests run as ever.
 */
public final class TestPostgres {
    public static final String ENV = "WORKBENCH_TEST_PG_URL";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;
    private static String unavailable;

    private record Server(String user, String host, int port) {}

    private TestPostgres() {}

    /** A fresh, empty database as a store URL; skips the calling test (with the reason) when there is no PostgreSQL. */
    public static synchronized String freshStore() {
        Server s = server();
        Assumptions.assumeTrue(s != null, () -> "PostgreSQL tests skipped: " + unavailable);
        String name = "rw_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://" + s.host() + ":" + s.port() + "/postgres", s.user(), System.getenv("PGPASSWORD"));
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + s, e);
        }
        return "postgresql://" + s.user() + "@" + s.host() + ":" + s.port() + "/" + name;
    }

    private static Server server() {
        if (server != null || unavailable != null) {
            return server;
        }
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("postgresql://([^@]+)@([^:/]+):(\\d+)/.*").matcher(url);
            if (!m.matches()) {
                unavailable = ENV + " is not postgresql://USER@HOST:PORT/DBNAME: " + url;
                return null;
            }
            server = new Server(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
            return server;
        }
        try {
            server = startThrowawayCluster();
        } catch (IOException | RuntimeException e) {
            unavailable = "no " + ENV + " and no throwaway cluster could be started: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable = "interrupted while starting PostgreSQL";
        }
        return server;
    }

    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (var versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(java.util.Comparator.comparing(Path::toString)).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static Server startThrowawayCluster() throws IOException, InterruptedException {
        Path bin = binaries();
        if (bin == null) {
            throw new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("rw-test-pg");
        if (root) {
            run(List.of("chown", "postgres:", dir.toString()));
        }
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        run(as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "analyst", "-E", "UTF8",
                "--no-locale"));
        run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c fsync=off -c max_connections=200", "-w", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
                run(List.of("rm", "-rf", dir.toString()));
            } catch (IOException | InterruptedException e) {
                System.err.println("could not stop the test PostgreSQL in " + dir + ": " + e.getMessage());
            }
        }));
        return new Server("analyst", "127.0.0.1", port);
    }

    private static List<String> as(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + new String(output).strip());
        }
    }
}
