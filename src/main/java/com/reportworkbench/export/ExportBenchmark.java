package com.reportworkbench.export;

import com.reportworkbench.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures the export of N synthetic figures: builds a temporary store (batch inserts of whole documents,
 * 1,000 figures each), exports it to .xlsx, and reports the time, the peak heap in use during the export
 * (sampled every 5 ms, garbage included) and the file size. The same export straight from a synthetic
 * iterator (no store) is measured too, to separate the store's reading cost from the writing.
 *
 * <p>Run: {@code java -Xmx512m -cp target/report-workbench.jar com.reportworkbench.export.ExportBenchmark 1000000}
 * or the hidden {@code export --benchmark N}.
 */
public final class ExportBenchmark {
    static final int FIGURES_PER_DOCUMENT = 1000;

    /** The numbers of one run. Times in seconds, sizes in MiB. */
    public record Result(int figures, double storeBuildSeconds, double exportSeconds, double exportCpuSeconds,
            double peakHeapMb, double fileMb, double directExportSeconds, double directCpuSeconds,
            double directPeakHeapMb, long maxHeapMb) {

        /**
         * {@code export_*}: from the store; {@code direct_*}: from the synthetic iterator; {@code *_cpu_seconds}:
         * CPU time of the exporting thread (wall time on a busy machine overstates the cost).
         */
        public String toJson() {
            return String.format(Locale.ROOT,
                    "{\"export_figures\":%d, \"export_seconds\":%.2f, \"peak_heap_mb\":%.1f, \"file_mb\":%.1f, "
                            + "\"export_cpu_seconds\":%.2f, \"store_build_seconds\":%.2f, "
                            + "\"direct_export_seconds\":%.2f, \"direct_cpu_seconds\":%.2f, "
                            + "\"direct_peak_heap_mb\":%.1f, \"max_heap_mb\":%d}",
                    figures, exportSeconds, peakHeapMb, fileMb, exportCpuSeconds, storeBuildSeconds,
                    directExportSeconds, directCpuSeconds, directPeakHeapMb, maxHeapMb);
        }
    }

    private ExportBenchmark() {}

    public static Result run(int figures) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("rw-export-bench");
            SyntheticReports synthetic = new SyntheticReports(figures, FIGURES_PER_DOCUMENT);

            long t0 = System.nanoTime();
            try (Store store = Store.open(dir.resolve("store"))) {
                for (int d = 0; d < synthetic.documentCount(); d++) {
                    store.documents().insert(synthetic.newDocument(d), synthetic.figures(d));
                }
                double build = seconds(t0);

                Path file = dir.resolve("bench.xlsx");
                Measured stored = measure(() -> Exporter.toXlsx(store, file, ExportOptions.all()));
                double fileMb = Files.size(file) / (1024.0 * 1024.0);
                Files.delete(file);

                Path direct = dir.resolve("direct.xlsx");
                Measured fromIterator = measure(() -> Exporter.toXlsx(synthetic.source(), direct, ExportOptions.all()));

                long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
                return new Result(figures, build, stored.seconds, stored.cpuSeconds, stored.peakMb, fileMb,
                        fromIterator.seconds, fromIterator.cpuSeconds, fromIterator.peakMb, maxHeap);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    private record Measured(double seconds, double cpuSeconds, double peakMb) {}

    private interface Work {
        void run() throws IOException;
    }

    private static Measured measure(Work work) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
            work.run();
        } finally {
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double s = seconds(t0);
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Measured(s, cpu, peak.get() / (1024.0 * 1024.0));
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
