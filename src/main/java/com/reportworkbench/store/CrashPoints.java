package com.reportworkbench.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Named points inside restore, backup and compact where the crash test kills the process. With the
 * system property {@value #PROPERTY} set to a point's name, a process that reaches that point says so
 * on stdout ({@code crash-point NAME}) and waits to be killed; without it this costs one property
 * look-up. Ordinary use never sets the property.
 */
public final class CrashPoints {
    public static final String PROPERTY = "reportworkbench.test.pauseAt";

    private CrashPoints() {}

    public static void reach(String name) {
        String wanted = System.getProperty(PROPERTY);
        if (wanted == null || !wanted.equals(name)) {
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("crash-point " + name);
        out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // keep waiting: only a kill ends this
            }
        }
    }
}
