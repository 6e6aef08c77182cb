package com.reportworkbench.cli;

import com.reportworkbench.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code assign [--db STORE] --doc ID... --to NAME...} assigns documents (two names: double-coded);
 * {@code assign --done --user NAME --doc ID...} says the analyst is done with them.
 */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = "Assign documents to analysts (two or more: double-coded), or mark them done with --done.")
public final class AssignCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    AnalystOption analyst;

    @Option(names = "--doc", paramLabel = "ID", arity = "1..*", required = true, description = "documents (ids of `list`)")
    List<Long> documents;

    @Option(names = "--to", paramLabel = "NAME", arity = "1..*", description = "the analysts to assign them to")
    List<String> to;

    @Option(names = "--done", description = "the analyst of --user is done with the documents")
    boolean done;

    @Override
    public Integer call() {
        PrintWriter out = Console.out();
        if (!done && (to == null || to.isEmpty())) {
            Console.err().println("assign: --to NAME or --done is required");
            Console.err().flush();
            return 2;
        }
        try (Store s = analyst.sign(store.open(Console.err()))) {
            for (long doc : documents) {
                if (done) {
                    s.coding().finish(doc, s.analyst());
                    out.println("done\t" + doc + "\t" + s.analyst());
                } else {
                    s.coding().assign(doc, to);
                    out.println("assigned\t" + doc + "\t" + String.join(",", to));
                }
            }
        }
        out.flush();
        return 0;
    }
}
