package com.reportworkbench.cli;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code list [--db DIR]}: the stored documents as TSV. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored documents (TSV).")
public final class ListCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        if (!store.checkExisting(Console.err())) {
            return 2; // a missing --db folder is refused, never created empty by a listing
        }
        PrintWriter out = Console.out();
        out.println(String.join("\t", "id", "file", "region", "level", "year", "report_date", "figures", "reviewed", "region_code"));
        try (Store s = store.open(Console.err())) {
            for (DocumentRecord d : s.documents().list()) {
                out.println(String.join("\t",
                        Long.toString(d.id()),
                        LineText.escape(d.fileName()),
                        LineText.escape(d.region()),
                        d.level() == null ? "" : d.level().id(),
                        d.year() == null ? "" : d.year().toString(),
                        d.reportDate() == null ? "" : d.reportDate().toString(),
                        Integer.toString(d.figureCount()),
                        Integer.toString(d.reviewedCount()),
                        LineText.escape(d.regionCode())));
            }
        }
        out.flush();
        return 0;
    }
}
