package com.reportworkbench.importer;

/**
 * The one-line reason for a file whose reading or extraction threw something unexpected. Any
 * {@link Throwable} of one file — a {@link StackOverflowError} from a deeply nested .docx or PDF, a
 * {@link LinkageError}, a library's bug — becomes that file's failure; the batch goes on. The stack
 * trace goes to the log.
 */
public final class FailureReasons {
    private FailureReasons() {}

    public static String of(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "cannot read: the file is nested too deeply (tables in tables, or objects in objects) to be read";
        }
        if (e instanceof OutOfMemoryError) {
            return "cannot read: too large for the memory available; give the application more memory or split the file";
        }
        if (e instanceof LinkageError) {
            return "cannot read: the reader for this file type failed to load (" + e.getClass().getSimpleName()
                    + "); see the log file";
        }
        return "cannot read: " + e.getClass().getSimpleName() + ": " + Reasons.firstLine(e) + " (details in the log file)";
    }
}
