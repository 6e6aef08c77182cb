package com.reportworkbench.cli;

import com.reportworkbench.store.Store;
import com.reportworkbench.team.TeamAgreement;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agree [--db STORE] [--doc ID...]}: agreement of the coders of double-coded documents, one JSON line. */
@Command(name = "agree", mixinStandardHelpOptions = true,
        description = "Agreement between the two coders of double-coded documents (span F1, value agreement, Cohen's kappa).")
public final class AgreeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--doc", paramLabel = "ID", arity = "1..*", description = "only these documents")
    List<Long> documents;

    @Override
    public Integer call() {
        PrintWriter out = Console.out();
        try (Store s = store.open(Console.err())) {
            out.println(TeamAgreement.overall(s, documents).json());
        }
        out.flush();
        return 0;
    }
}
