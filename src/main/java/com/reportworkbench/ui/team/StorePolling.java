package com.reportworkbench.ui.team;

import com.reportworkbench.store.Store;
import com.reportworkbench.ui.WorkbenchViewModel;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Other analysts' changes in an open window on a team's store: every few seconds a small query asks
 * whether anything changed ({@link Store#changeMark()}); if so the open document and the document list
 * are read again, keeping the local selection (the review reloads the figures it had selected).
 */
public final class StorePolling implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StorePolling.class);
    static final long PERIOD_MILLIS = 3000;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-polling");
        t.setDaemon(true);
        return t;
    });
    private volatile String lastMark;

    private StorePolling() {}

    /** Starts polling a PostgreSQL store (an H2 store has one writer at a time: nothing to poll); null otherwise. */
    public static StorePolling start(Store store, Supplier<WorkbenchViewModel> vm) {
        if (!store.isPostgres()) {
            return null;
        }
        StorePolling polling = new StorePolling();
        polling.timer.scheduleWithFixedDelay(() -> polling.poll(store, vm), PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        return polling;
    }

    private void poll(Store store, Supplier<WorkbenchViewModel> vm) {
        try {
            String mark = store.changeMark();
            String before = lastMark;
            lastMark = mark;
            if (before == null || before.equals(mark)) {
                return;
            }
            Platform.runLater(() -> {
                WorkbenchViewModel model = vm.get();
                if (model.review().documentId().isPresent()) {
                    model.review().reload();
                }
                model.documents().refresh();
            });
        } catch (RuntimeException e) {
            LOG.warn("polling the store for other analysts' changes failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
