package com.reportworkbench.ui;

import com.reportworkbench.store.Store;
import java.util.List;
import javafx.stage.Window;

/**
 * The export action of the workbench. The export engine provides it (as a java.util.ServiceLoader
 * service, or wired in {@link DefaultCoreServices}); without one the menu item says "not available".
 */
public interface ExportHook {
    /** Asks where to export and exports; called on the FX thread, runs long work itself. */
    void export(Window owner, Store store, List<Long> documentIds);
}
