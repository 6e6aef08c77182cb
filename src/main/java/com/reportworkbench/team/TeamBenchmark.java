package com.reportworkbench.team;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureChangedException;
import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code bench --team N}: N analysts saving figures at once, each with a session (a store and its
 * connections) of their own, as N workstations would. A save is one analyst action: read the figure,
 * change its kind, save with the version check (one transaction). Prints saves/s and the latency of saves.
 */
public final class TeamBenchmark {
    /** The numbers of a run; {@code conflicts} are saves refused because another writer had just saved the figure. */
    public record Result(String engine, int writers, double seconds, int saves, int conflicts, double savesPerSecond,
            double p50Millis, double p95Millis, double maxMillis) {
        public String toJson() {
            return String.format(Locale.ROOT, "{\"engine\":\"%s\", \"writers\":%d, \"seconds\":%.1f, \"saves\":%d, "
                    + "\"conflicts\":%d, \"saves_per_s\":%.1f, \"p50_save_ms\":%.2f, \"p95_save_ms\":%.2f, \"max_save_ms\":%.2f}",
                    engine, writers, seconds, saves, conflicts, savesPerSecond, p50Millis, p95Millis, maxMillis);
        }
    }

    private TeamBenchmark() {}

    /**
     * @param store opens a new session on the shared store (called once per writer)
     * @param figureIds the figures the writers pick from at random
     */
    public static Result run(java.util.function.Supplier<Store> store, int writers, double seconds) throws Exception {
        List<Long> figureIds = new ArrayList<>();
        String engine;
        try (Store s = store.get()) {
            engine = s.isPostgres() ? "postgresql" : "h2";
            for (DocumentRecord d : s.documents().list()) {
                for (FigureRecord f : s.figures().forDocument(d.id())) {
                    figureIds.add(f.id());
                }
            }
        }
        if (figureIds.isEmpty()) {
            throw new IllegalStateException("the store has no figures to save: import some reports first");
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> runs = new ArrayList<>();
        List<Store> sessions = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Store session = store.get().signAs("bench-" + (w + 1));
            sessions.add(session);
            runs.add(pool.submit(() -> writer(session, figureIds, seconds, ready, go)));
        }
        long start;
        int conflicts = 0;
        List<Long> latencies = new ArrayList<>();
        try {
            ready.await();
            start = System.nanoTime();
            go.countDown();
            for (Future<long[]> run : runs) {
                long[] r = run.get();
                conflicts += (int) r[0];
                for (int i = 1; i < r.length; i++) {
                    latencies.add(r[i]);
                }
            }
        } finally {
            pool.shutdown();
            sessions.forEach(Store::close);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(engine, writers, elapsed, sorted.length, conflicts, sorted.length / elapsed,
                percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** One analyst: saves until the time is up; returns [conflicts, latency of each save in ns...]. */
    private static long[] writer(Store session, List<Long> figureIds, double seconds, CountDownLatch ready,
            CountDownLatch go) throws InterruptedException {
        ready.countDown();
        go.await();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long[] out = new long[1024];
        int n = 1;
        long conflicts = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            long id = figureIds.get(random.nextInt(figureIds.size()));
            long t0 = System.nanoTime();
            try {
                FigureRecord f = session.figures().get(id).orElseThrow();
                String kind = "target".equals(f.current().kind().id()) ? "achievement" : "target";
                session.figures().apply("bench: kind", List.of(new FigureEdit(id, FigureField.KIND, kind)));
            } catch (FigureChangedException e) {
                conflicts++;
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = System.nanoTime() - t0;
        }
        out[0] = conflicts;
        return Arrays.copyOf(out, n);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
