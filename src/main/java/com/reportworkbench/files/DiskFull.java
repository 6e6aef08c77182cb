package com.reportworkbench.files;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises a full disk behind whatever a library reports. The operating system says "No space left on
 * device" (Linux, macOS) or "There is not enough space on the disk" (Windows), but H2 reports only its
 * first write failure that way; every later call says "The database has been closed". So besides the
 * messages of the whole cause chain, the free space of the folder itself is asked.
 */
public final class DiskFull {
    /** Less than this much free space, and a failed write is taken to be a full disk. */
    static final long NEARLY_FULL_BYTES = 4L * 1024 * 1024;

    private DiskFull() {}

    /** True if the failure, or the folder it happened in, says that the disk is full. */
    public static boolean isDiskFull(Throwable failure, Path where) {
        return mentionsFullDisk(failure) || nearlyFull(where);
    }

    /** The sentence an analyst sees, naming the folder and the free space. */
    public static String message(Path where) {
        Path folder = existingFolder(where);
        long free = usableSpace(folder);
        String space = free < 0 ? "" : String.format(Locale.ROOT, " (%.1f MB free)", free / 1048576.0);
        return "the disk is full: no space left in " + folder + space + "; free some space and try again";
    }

    /**
     * The sentence for a failure known to be a full disk: names {@code where} when that folder is the
     * full one, else just says the disk is full (the failed write went elsewhere, e.g. a backup's target).
     */
    public static String message(Throwable failure, Path where) {
        if (nearlyFull(where) || !mentionsFullDisk(failure)) {
            return message(where);
        }
        return "the disk is full: no space left on the device being written; free some space and try again";
    }

    /** An IOException that says "disk full" in words when it is one; otherwise the failure itself. */
    static IOException explain(Throwable e, Path where) {
        if (isDiskFull(e, where)) {
            return new IOException(message(where), e);
        }
        if (e instanceof IOException io) {
            return io;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IOException(e);
    }

    static boolean mentionsFullDisk(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable t = failure;
        while (t != null && seen.put(t, Boolean.TRUE) == null) {
            if (saysFull(t.getMessage())) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (saysFull(s.getMessage())) {
                    return true;
                }
            }
            t = t.getCause();
        }
        return false;
    }

    private static boolean saysFull(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")
                || m.contains("disk quota exceeded") || m.contains("enospc");
    }

    static boolean nearlyFull(Path where) {
        if (where == null) {
            return false;
        }
        long free = usableSpace(existingFolder(where));
        return free >= 0 && free < NEARLY_FULL_BYTES;
    }

    private static long usableSpace(Path folder) {
        try {
            FileStore store = Files.getFileStore(folder);
            return store.getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Path existingFolder(Path where) {
        Path p = where.toAbsolutePath().normalize();
        while (p != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return p == null ? where.toAbsolutePath() : p;
    }
}
