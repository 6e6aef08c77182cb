package com.reportworkbench.cli;

import com.reportworkbench.store.Store;
import picocli.CommandLine.Option;

/** {@code --user NAME}: who signs what a command writes (default: the operating system's user). */
public final class AnalystOption {
    @Option(names = "--user", paramLabel = "NAME", description = "the analyst who signs the changes (default: the OS user)")
    String user;

    /** Signs the store's later changes with this analyst. */
    Store sign(Store store) {
        return store.signAs(user);
    }
}
