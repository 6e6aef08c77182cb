package com.reportworkbench.cli;

import com.reportworkbench.logging.UncaughtExceptionLogging;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line over the core: the contract of shared/spec/cli.md. */
@Command(
        name = "report-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "报告数据工作台 Report Workbench: figures from government work reports.%n"
                + "Without a command the workbench window opens.",
        subcommands = {
            ExtractCommand.class,
            ImportCommand.class,
            ListCommand.class,
            ExportCommand.class,
            CompareCommand.class,
            BenchCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CompactCommand.class,
            CalibrateCommand.class,
            AgreeCommand.class,
            ApplyCommand.class,
            AssignCommand.class
        })
public final class Main implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /** Entry point for the command line alone (scripts, child processes in tests); the jar starts {@code ui.Launcher}. */
    public static void main(String[] args) {
        UncaughtExceptionLogging.install();
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; output is UTF-8 whatever the platform's default. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            LOG.error("command {} failed", String.join(" ", parseResult.originalArgs()), e);
            commandLine.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }
}
