package com.reportworkbench.importer;

import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreBackup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports a generated corpus of thousands of reports into a fresh store and reports throughput, store
 * size and peak heap: the numbers behind "a whole country's reports".
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {}

    public record Result(int files, long chars, long figures, double seconds, long storeBytes, long compactedBytes,
            double compactSeconds, long peakHeapBytes, long failed) {
        public String toJson() {
            return String.format(Locale.ROOT,
                    "{\"scale_files\":%d, \"scale_chars\":%d, \"scale_figures\":%d, \"scale_seconds\":%.2f, "
                            + "\"files_per_s\":%.1f, \"chars_per_s\":%.0f, \"figures_per_s\":%.0f, "
                            + "\"store_mb\":%.1f, \"store_compacted_mb\":%.1f, \"compact_seconds\":%.1f, "
                            + "\"peak_heap_mb\":%.1f, \"failed\":%d}",
                    files, chars, figures, seconds, files / seconds, chars / seconds, figures / seconds,
                    storeBytes / 1048576.0, compactedBytes / 1048576.0, compactSeconds, peakHeapBytes / 1048576.0,
                    failed);
        }
    }

    /** Generates {@code files} reports from the source folder's paragraphs into workDir and imports them. */
    public static Result run(Path sourceDir, int files, Path workDir) {
        Path corpus = workDir.resolve("corpus");
        Path storeDir = workDir.resolve("store");
        List<String> paragraphs = SyntheticCorpus.paragraphs(sourceDir);
        long chars = SyntheticCorpus.generate(paragraphs, corpus, files, 20_000, 42);
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        ImportSummary summary;
        long figures;
        try (Store store = Store.open(storeDir)) {
            ImportService service = new ImportService(store);
            summary = service.importAll(List.of(corpus), ImportListener.NONE, new CancellationFlag());
            figures = summary.outcomes().stream().mapToLong(ImportOutcome::figureCount).sum();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = peakHeap();
        long size = folderSize(storeDir);
        long c0 = System.nanoTime();
        long compacted = StoreBackup.compact(storeDir).after();
        double compactSeconds = (System.nanoTime() - c0) / 1e9;
        return new Result(files, chars, figures, seconds, size, compacted, compactSeconds, peak,
                summary.count(ImportOutcome.Status.FAILED));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap the import needed at once. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long folderSize(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
