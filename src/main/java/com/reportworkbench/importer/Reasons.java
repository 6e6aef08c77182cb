package com.reportworkbench.importer;

/** Helpers for the one-line reasons shown to the analyst. */
final class Reasons {
    private Reasons() {}

    /** The first line of an exception's message: library messages can run to stack-like detail. */
    static String firstLine(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
