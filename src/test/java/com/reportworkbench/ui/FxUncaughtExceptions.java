package com.reportworkbench.ui;

import com.reportworkbench.ui.errors.FxErrors;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Fails a test during which an exception reached the FX thread's uncaught-exception handler: such an
 * exception is swallowed by the toolkit (the event handler stops, the test may still pass), which is
 * how a crashing dialog passed every test. Registered for every test by auto-detection
 * (META-INF/services + junit-platform.properties); it stays quiet in tests without a toolkit.
 */
public final class FxUncaughtExceptions implements BeforeEachCallback, AfterEachCallback {
    private static volatile List<Throwable> current = new CopyOnWriteArrayList<>();
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(FxUncaughtExceptions.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        List<Throwable> seen = new CopyOnWriteArrayList<>();
        current = seen;
        Runnable remove = FxErrors.addListener(seen::add);
        context.getStore(NS).put("seen", seen);
        context.getStore(NS).put("remove", remove);
        try {
            Platform.runLater(FxErrors::installOnCurrentThread);
        } catch (IllegalStateException toolkitNotStarted) {
            // not a UI test (or the toolkit starts later: MainWindow installs the handler itself)
        }
    }

    /** For a test that provokes an uncaught exception on purpose: what reached the handler, now forgotten. */
    public static List<Throwable> takeExpected() {
        List<Throwable> seen = List.copyOf(current);
        current.clear();
        return seen;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        ((Runnable) context.getStore(NS).get("remove")).run();
        List<Throwable> seen = (List<Throwable>) context.getStore(NS).get("seen");
        if (!seen.isEmpty()) {
            AssertionFailedError failure = new AssertionFailedError(
                    seen.size() + " exception(s) reached the FX thread's uncaught-exception handler: " + seen.get(0));
            seen.forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
