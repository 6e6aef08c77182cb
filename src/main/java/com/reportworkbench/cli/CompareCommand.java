package com.reportworkbench.cli;

import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.Comparison;
import com.reportworkbench.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare [--db DIR] [--format csv]}: targets of year Y against the achievements reported later. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares each region's targets for a year with the achievements reported later; CSV on stdout.")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "output format: csv (default)")
    String format;

    @Option(names = "--reviewed-only", description = "count only figures an analyst accepted, edited or added")
    boolean reviewedOnly;

    @Override
    public Integer call() {
        if (!"csv".equalsIgnoreCase(format.trim())) {
            spec.commandLine().getErr().println("compare: unknown format '" + format + "' (only csv)");
            return 2;
        }
        List<AttainmentRow> rows;
        try (Store store = this.store.open(spec.commandLine().getErr())) {
            rows = Comparison.run(store, reviewedOnly, null);
        }
        PrintWriter out = spec.commandLine().getOut();
        Comparison.writeCsv(rows, out);
        out.flush();
        return 0;
    }
}
