package com.reportworkbench.cli;

import com.reportworkbench.export.ExportBenchmark;
import com.reportworkbench.extract.ExtractionBenchmark;
import com.reportworkbench.importer.ScaleBenchmark;
import com.reportworkbench.importer.SyntheticCorpus;
import com.reportworkbench.importer.SampleReports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench [--corpus DIR] [--repeat N]}: extraction against jieba full segmentation, one JSON line. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction throughput against jieba full segmentation of the same texts.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "folder of reports (default: the bundled samples)")
    Path corpus;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "timed rounds (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--scale", paramLabel = "FILES",
            description = "instead: generate FILES reports from the corpus's paragraphs and import them into a fresh store")
    Integer scaleFiles;

    @Option(names = "--work", paramLabel = "DIR", description = "folder for --scale's corpus and store (default: a temp folder)")
    Path work;

    @Option(names = "--export", paramLabel = "FIGURES",
            description = "instead: export FIGURES synthetic figures from a fresh store to .xlsx; time and peak heap")
    Integer exportFigures;

    @Option(names = "--team", paramLabel = "N",
            description = "instead: N analysts saving figures concurrently in the store of --db; saves/s and save latency")
    Integer teamWriters;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "how long --team runs (default: ${DEFAULT-VALUE})")
    double seconds;

    @picocli.CommandLine.Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = Console.err();
        if (teamWriters != null) {
            PrintWriter out = Console.out();
            out.println(com.reportworkbench.team.TeamBenchmark.run(() -> store.open(err), Math.max(1, teamWriters), seconds)
                    .toJson());
            out.flush();
            return 0;
        }
        if (exportFigures != null) {
            PrintWriter out = Console.out();
            out.println(ExportBenchmark.run(exportFigures).toJson());
            out.flush();
            return 0;
        }
        if (scaleFiles != null) {
            Path source = corpus != null ? corpus : SampleReports.copyToTempFolder();
            Path dir = work != null ? work : java.nio.file.Files.createTempDirectory("report-workbench-scale");
            PrintWriter out = Console.out();
            out.println(ScaleBenchmark.run(source, scaleFiles, dir).toJson());
            out.flush();
            return 0;
        }
        Path dir = corpus != null ? corpus : SampleReports.copyToTempFolder();
        List<String> texts = SyntheticCorpus.texts(dir, (file, reason) -> err.println("skipped\t" + file + "\t" + reason));
        if (texts.isEmpty()) {
            err.println("no readable reports in " + dir);
            return 1;
        }
        PrintWriter out = Console.out();
        out.println(ExtractionBenchmark.run(texts, Math.max(1, repeat)).toJson());
        out.flush();
        return 0;
    }
}
