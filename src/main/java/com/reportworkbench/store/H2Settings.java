package com.reportworkbench.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 settings that must be in place before H2's first class is loaded. {@code AUTO_SERVER=TRUE} starts
 * a TCP server with {@code -tcpAllowOthers} on every network interface, and H2 offers no URL setting
 * to change that; its system property {@code h2.bindAddress} makes every H2 server socket of the
 * process listen on the given address only. The loopback address keeps the store's port local:
 * other machines cannot reach it, and other programs of this machine still need the password
 * ({@link StoreSecret}).
 */
public final class H2Settings {
    static final String BIND_ADDRESS = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(H2Settings.class);

    static {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, LOOPBACK);
        }
    }

    private static volatile boolean checked;

    private H2Settings() {}

    /** Call before anything touches H2 (the entry points do, and so does every store operation). */
    public static void apply() {
        if (checked) {
            return;
        }
        checked = true;
        String effective = org.h2.engine.SysProperties.BIND_ADDRESS;
        if (!LOOPBACK.equals(effective)) {
            LOG.warn("H2's server binds to {}, not to the loopback address: H2 was loaded before the store's settings",
                    effective);
        }
    }
}
