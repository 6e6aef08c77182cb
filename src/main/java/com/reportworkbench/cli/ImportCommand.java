package com.reportworkbench.cli;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code import [--db DIR] PATH...}: one line per file, the batch always completes. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import files and folders (recursively) into the store and extract their figures.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = Console.out();
        try (Store s = store.open()) {
            ImportService service = new ImportService(s);
            ImportSummary summary = service.importAll(paths, (done, total, outcome) -> {
                out.println(line(outcome));
                out.flush();
            }, new CancellationFlag());
            return summary.failures().isEmpty() ? 0 : 1;
        }
    }

    static String line(ImportOutcome o) {
        String detail = o.status() == ImportOutcome.Status.IMPORTED
                ? Integer.toString(o.figureCount())
                : oneLine(o.detail());
        return o.status().name().toLowerCase(Locale.ROOT) + "\t" + o.path() + "\t" + detail;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").trim();
    }
}
