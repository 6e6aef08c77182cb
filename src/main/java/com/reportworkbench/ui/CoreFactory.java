package com.reportworkbench.ui;

import com.reportworkbench.store.Store;

/** Builds the core services of a store: the one place that knows the core's concrete classes. */
public final class CoreFactory {
    private CoreFactory() {}

    public static CoreServices create(Store store) {
        return new DefaultCoreServices(store);
    }
}
