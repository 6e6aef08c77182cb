package com.reportworkbench.reliability;

import com.reportworkbench.cli.Main;
import com.reportworkbench.logging.LogDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the command line in a separate JVM on the test class path: a second process, for real. */
final class ChildJvm {
    private ChildJvm() {}

    static Process start(Path workDir, String... args) throws IOException {
        return start(workDir, List.of(), null, args);
    }

    /**
     * @param jvmOptions extra options such as {@code -Dname=value}
     * @param stderr where the child's stderr goes, or null to discard it
     */
    static Process start(Path workDir, List<String> jvmOptions, Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // its own log folder: two processes rolling one log file lose each other's lines
        command.add("-D" + LogDirectory.PROPERTY + "=" + workDir.resolve("child-logs"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectError(stderr == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stderr.toFile()))
                .start();
    }

    /** Reads the child's stdout until a line starts with {@code prefix}; false if it ended first. */
    static boolean awaitLine(Process child, String prefix) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** SIGKILL: no shutdown hook, no finally block, no clean close. */
    static void kill(Process child) throws InterruptedException {
        child.destroyForcibly();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child did not die");
        }
    }

    /** Waits for the child and returns its exit code. */
    static int exit(Process child) throws InterruptedException {
        if (!child.waitFor(240, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("the child did not finish in time");
        }
        return child.exitValue();
    }
}
