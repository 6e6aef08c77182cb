package com.reportworkbench.ui;

import com.reportworkbench.cli.Main;
import com.reportworkbench.logging.UncaughtExceptionLogging;
import java.util.Set;

/**
 * The jar's entry point. It does not extend Application, so that a shaded class-path jar starts
 * JavaFX without the module-path check, and so that commands never load JavaFX at all.
 */
public final class Launcher {
    /** Options of the window itself; anything else is a command for the command line. */
    private static final Set<String> WINDOW_FLAGS = Set.of("--measure-startup", "--exit-after-startup");

    private Launcher() {}

    public static void main(String[] args) {
        UncaughtExceptionLogging.install();
        if (isWindow(args)) {
            javafx.application.Application.launch(WorkbenchApp.class, args);
            return;
        }
        System.exit(Main.run(args));
    }

    /** No command: only window options ({@code --db DIR}, start-up measurement) or nothing at all. */
    static boolean isWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                i++;
            } else if (args[i].startsWith("--db=") || WINDOW_FLAGS.contains(args[i])) {
                continue;
            } else {
                return false;
            }
        }
        return true;
    }
}
