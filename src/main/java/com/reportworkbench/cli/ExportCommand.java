package com.reportworkbench.cli;

import com.reportworkbench.export.ExportOptions;
import com.reportworkbench.export.ExportSummary;
import com.reportworkbench.export.Exporter;
import com.reportworkbench.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export [--db DIR] --out FILE.xlsx [--reviewed-only] [--doc ID...]}, or {@code --format csv --out DIR}
 * for one CSV per sheet.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the workbook (sheets Figures, Attainment, Wide, Documents), or one CSV file per sheet.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--out", paramLabel = "FILE", description = "the .xlsx file to write, or the folder for --format csv")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "xlsx (default; csv when --out has no .xlsx ending and --format csv is given)")
    String format;

    @Option(names = "--reviewed-only", description = "only figures an analyst accepted, edited or added")
    boolean reviewedOnly;

    @Option(names = "--doc", paramLabel = "ID", arity = "1..*", description = "only these documents (ids of `list`)")
    List<Long> documents;

    @Override
    public Integer call() throws Exception {
        if (out == null) {
            spec.commandLine().getErr().println("export: --out is required");
            return 2;
        }
        String f = format != null ? format.trim().toLowerCase(Locale.ROOT) : "xlsx";
        if (!f.equals("xlsx") && !f.equals("csv")) {
            spec.commandLine().getErr().println("export: unknown format '" + format + "' (xlsx or csv)");
            return 2;
        }
        ExportOptions options = ExportOptions.of(reviewedOnly, documents);
        ExportSummary summary;
        try (Store store = this.store.open(spec.commandLine().getErr())) {
            summary = f.equals("csv") ? Exporter.toCsv(store, out, options) : Exporter.toXlsx(store, out, options);
        }
        spec.commandLine().getErr().printf("exported %d figures, %d attainment rows, %d documents to %s%n",
                summary.figures(), summary.attainmentRows(), summary.documents(), out);
        spec.commandLine().getErr().flush();
        return 0;
    }
}
