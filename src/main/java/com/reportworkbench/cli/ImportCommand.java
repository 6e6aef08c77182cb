package com.reportworkbench.cli;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.doubt.DoubtService;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreBackup;
import com.reportworkbench.store.StoreException;
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

    @Mixin
    AnalystOption analyst; // recorded as the documents' imported_by (#13)

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = Console.out();
        PrintWriter err = Console.err();
        ImportSummary summary;
        long sizeBefore = storeFileSize();
        try (Store s = analyst.sign(store.open(err))) {
            ImportService service = new ImportService(s);
            summary = service.importAll(paths, (done, total, outcome) -> {
                out.println(line(outcome));
                out.flush();
                if (outcome.note() != null) {
                    err.println("note\t" + LineText.escape(outcome.path()) + "\t" + LineText.escape(outcome.note()));
                }
            }, new CancellationFlag());
            new DoubtService(s).afterImport(); // confidence of the new figures, checks across documents
        }
        compactAfterLargeImport(sizeBefore);
        return summary.failures().isEmpty() ? 0 : 1;
    }

    /** Past this growth in one run the store file is mostly dead chunks, and compacting pays (seconds). */
    private static final long COMPACT_AFTER_GROWTH = 256L * 1024 * 1024;

    /**
     * H2 frees the chunks of many small commits only slowly: a large import leaves a file several
     * times its data. Compacts then, unless another process (the window) has the store open.
     */
    private void compactAfterLargeImport(long sizeBefore) {
        if (store.isPostgres() || storeFileSize() - sizeBefore < COMPACT_AFTER_GROWTH) {
            return;
        }
        try {
            StoreBackup.Compacted sizes = StoreBackup.compact(store.directory());
            Console.err().println(String.format(java.util.Locale.ROOT, "store compacted: %.1f MB -> %.1f MB",
                    sizes.before() / 1048576.0, sizes.after() / 1048576.0));
        } catch (StoreException e) {
            Console.err().println("store not compacted: " + e.getMessage());
        }
    }

    private long storeFileSize() {
        if (store.isPostgres()) {
            return 0; // the server keeps its own files
        }
        return Store.dataFile(store.directory()).toFile().length();
    }

    /** One line per file, whatever the file's name holds: the path and the reason are escaped. */
    static String line(ImportOutcome o) {
        String detail = o.status() == ImportOutcome.Status.IMPORTED
                ? Integer.toString(o.figureCount())
                : LineText.escape(o.detail() == null ? "" : o.detail().strip());
        return o.status().name().toLowerCase(Locale.ROOT) + "\t" + LineText.escape(o.path()) + "\t" + detail;
    }
}
