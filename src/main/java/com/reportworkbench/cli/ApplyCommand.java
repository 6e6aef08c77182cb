package com.reportworkbench.cli;

import com.reportworkbench.store.Store;
import com.reportworkbench.team.Decision;
import com.reportworkbench.team.DecisionApplier;
import com.reportworkbench.team.DecisionFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code apply [--db STORE] --user NAME FILE}: analyst decisions from JSONL or an edited Figures sheet. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Record analyst decisions from a JSONL file or an edited Figures sheet (.xlsx/.csv) of an export; "
                + "each becomes a signed, undoable change.")
public final class ApplyCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    AnalystOption analyst;

    @Parameters(paramLabel = "FILE", arity = "1", description = "decisions: .jsonl, or .xlsx/.csv of an export")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Console.out();
        boolean clean = true;
        try (Store s = analyst.sign(store.open(Console.err()))) {
            List<Decision> decisions = DecisionFile.read(file, s);
            for (DecisionApplier.Outcome o : new DecisionApplier(s).apply(decisions, file.getFileName().toString())) {
                // the reason may quote a file's cell: escaped like every other line of output
                out.println(o.status() + "\t" + (o.figureId() < 0 ? "" : Long.toString(o.figureId())) + "\t"
                        + LineText.escape(o.reason()));
                clean &= o.status().equals("applied");
            }
        }
        out.flush();
        return clean ? 0 : 1;
    }
}
