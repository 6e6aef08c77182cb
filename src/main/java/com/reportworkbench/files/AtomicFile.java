package com.reportworkbench.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that the target holds either its old content or the whole new content, never a
 * truncated mix: the bytes go to a temporary file in the target's own folder (same file system, so the
 * final rename is atomic), are flushed to the disk, and only then is the temporary file moved over the
 * target. A crash (kill -9, full disk, power loss after the flush) leaves the previous file untouched.
 *
 * <p>Temporary files are named {@code .<name>.<pid>.tmp}; one left behind by a process that no longer
 * runs is deleted the next time the same target is written.
 */
public final class AtomicFile {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);
    private static final String SUFFIX = ".tmp";

    private AtomicFile() {}

    /** What writes the new content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically with the bytes {@code content} writes. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = temporaryFor(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp);
            throw DiskFull.explain(e, target);
        }
    }

    /**
     * A fresh temporary path beside {@code target} (for writers that need a file name, such as H2's
     * {@code BACKUP TO}); the caller writes it and then calls {@link #commit}, or {@link #deleteQuietly}.
     * Creates the target's folder if needed and removes temporaries of earlier, dead processes.
     */
    public static Path temporaryFor(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        removeStaleTemporaries(absolute);
        Path temp = folder.resolve(prefix(absolute) + ProcessHandle.current().pid() + SUFFIX);
        Files.deleteIfExists(temp); // ours, from an earlier attempt in this process
        return temp;
    }

    /** Flushes a finished temporary file to the disk and moves it over the target in one step. */
    public static void commit(Path temp, Path target) throws IOException {
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw DiskFull.explain(e, target);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // only on exotic file systems: the temporary file is in the same folder
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(absolute.getParent());
    }

    /** Makes a rename in {@code folder} durable (POSIX); a no-op where folders cannot be opened (Windows). */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; its renames are durable through the journal
        }
    }

    /** Flushes a whole file to the disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete the temporary file {}", file, e);
        }
    }

    private static String prefix(Path absolute) {
        return "." + absolute.getFileName() + ".";
    }

    private static void removeStaleTemporaries(Path absolute) {
        String prefix = prefix(absolute);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(absolute.getParent(), prefix + "*" + SUFFIX)) {
            for (Path sibling : siblings) {
                String pid = sibling.getFileName().toString();
                pid = pid.substring(prefix.length(), pid.length() - SUFFIX.length());
                if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty() && !alive(Long.parseLong(pid))) {
                    LOG.info("removing {}, left behind by a process that was stopped while writing", sibling);
                    deleteQuietly(sibling);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not look for stale temporary files beside {}", absolute, e);
        }
    }

    private static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
