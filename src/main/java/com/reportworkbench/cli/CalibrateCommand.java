package com.reportworkbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reportworkbench.confidence.ConfidenceModel;
import com.reportworkbench.confidence.Evidence;
import com.reportworkbench.confidence.LogisticFit;
import com.reportworkbench.doubt.DoubtService;
import com.reportworkbench.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code calibrate [--db STORE]}: refits the confidence model on the analysts' decisions in the store
 * (accepted = right, edited or rejected = wrong), keeps it in the store and re-scores every figure.
 * Hidden offline mode for the bundled model: {@code --examples LABELS.jsonl --out MODEL.tsv} fits on
 * judged predictions (lines with "evidence" and "right", as src/tools/confidence/confidence_eval.py writes).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Refit the confidence of figures on the analysts' decisions (accepted vs edited or rejected).")
public final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--examples", hidden = true, description = "fit on judged predictions instead of the store")
    Path examples;

    @Option(names = "--out", hidden = true, description = "where the offline fit writes its model")
    Path out;

    @Option(names = "--lambda", hidden = true, description = "L2 penalty of the offline fit")
    double lambda = DoubtService.LAMBDA;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = Console.out();
        if (examples != null) {
            return offline(stdout);
        }
        try (Store s = store.open(Console.err())) {
            DoubtService.CalibrationResult r = new DoubtService(s).calibrate();
            if (!r.fitted()) {
                Console.err().println("not calibrated: " + r.reason());
                return 1;
            }
            stdout.println("calibrated\t" + r.examples() + " reviewed figures\t" + r.wrong() + " edited or rejected\t"
                    + r.rescored() + " figures re-scored");
        }
        stdout.flush();
        return 0;
    }

    private int offline(PrintWriter stdout) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<LogisticFit.Example> list = new ArrayList<>();
        for (String line : Files.readAllLines(examples, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = mapper.readTree(line);
            list.add(new LogisticFit.Example(Evidence.decode(n.path("evidence").asText("")), n.path("right").asBoolean()));
        }
        ConfidenceModel m = new LogisticFit(lambda).fit(list, "offline");
        String tsv = m.toTsv();
        if (out == null) {
            stdout.print(tsv);
        } else {
            Files.writeString(out, tsv, StandardCharsets.UTF_8);
        }
        stdout.flush();
        return 0;
    }
}
