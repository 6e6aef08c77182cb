package com.reportworkbench.store;

import com.reportworkbench.files.AtomicFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a store folder, what is left in it after a crash, and whether a program has the store
 * open. Called with the folder's {@link StoreAccess} lock held.
 */
final class StoreFolder {
    static final String DATA_FILE = Store.DATABASE_NAME + ".mv.db";
    static final String LOCK_FILE = Store.DATABASE_NAME + ".lock.db";
    static final String RESTORE_STAGING = "restore.staging";
    static final String COMPACT_STAGING = "compact.staging";
    /** H2's own leftovers of an interrupted SHUTDOWN COMPACT (stores compacted by earlier versions). */
    private static final String H2_TEMP = DATA_FILE + ".tempFile";
    private static final String H2_NEW = Store.DATABASE_NAME + ".newFile";
    private static final Logger LOG = LoggerFactory.getLogger(StoreFolder.class);

    private StoreFolder() {}

    /** Creates the folder, for a new store readable by its owner alone. */
    static void create(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Cleans up after a restore, compaction or write that was stopped half-way (kill -9, power cut):
     * the store file itself is always whole — the old one or the new one — so what is left is
     * staging folders and temporary files. Returns one line per thing cleaned up, for the user.
     */
    static List<String> recover(Path dir) {
        List<String> notes = new ArrayList<>();
        Path data = dir.resolve(DATA_FILE);
        Path h2New = dir.resolve(H2_NEW);
        if (!Files.exists(data) && Files.isRegularFile(h2New)) {
            // H2 had moved the old file away and the compacted one not yet in: the compacted one is whole
            moveQuietly(h2New, data, notes, "finished an interrupted compaction of the store");
        }
        deleteIfPresent(dir.resolve(H2_TEMP), notes, "removed the unfinished copy of an interrupted compaction");
        deleteIfPresent(dir.resolve(H2_NEW), notes, "removed the unfinished copy of an interrupted compaction");
        deleteTree(dir.resolve(RESTORE_STAGING), notes,
                "cleaned up after an interrupted restore: the store is the one from before the restore or the restored one, whole");
        deleteTree(dir.resolve(COMPACT_STAGING), notes,
                "cleaned up after an interrupted compaction: the store is whole");
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path temp : temps) {
                deleteIfPresent(temp, notes, "removed an unfinished temporary file " + temp.getFileName());
            }
        } catch (IOException e) {
            LOG.debug("listing {}", dir, e);
        }
        for (String note : notes) {
            LOG.warn("store {}: {}", dir, note);
        }
        return notes;
    }

    /**
     * Refuses when a program has the store open. H2 holds an operating-system lock on the store file
     * while the store is open (a killed program holds none), so a stale {@code store.lock.db} left by
     * kill -9 does not count: it is removed.
     */
    static void refuseWhenInUse(Path dir, List<String> notes) {
        Path data = dir.resolve(DATA_FILE);
        if (Files.exists(data)) {
            try (FileChannel channel = FileChannel.open(data, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // this very program has it open
                }
                if (lock == null) {
                    throw new StoreException("the store in " + dir + " is in use by another program: close the workbench window "
                            + "(and wait for running commands) first");
                }
                lock.release();
            } catch (IOException e) {
                throw new StoreException("cannot open the store file " + data + ": " + e.getMessage(), e);
            }
        }
        Path lockFile = dir.resolve(LOCK_FILE);
        if (Files.exists(lockFile)) {
            deleteIfPresent(lockFile, notes, "removed a stale lock left by a program that was stopped (kill -9 or a crash)");
            if (!notes.isEmpty()) {
                LOG.warn("store {}: {}", dir, notes.get(notes.size() - 1));
            }
        }
    }

    static void deleteTree(Path root, List<String> notes, String note) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            if (notes != null) {
                notes.add(note);
            }
        } catch (IOException e) {
            LOG.warn("could not remove {}", root, e);
        }
    }

    private static void deleteIfPresent(Path file, List<String> notes, String note) {
        try {
            if (Files.deleteIfExists(file)) {
                notes.add(note);
            }
        } catch (IOException e) {
            LOG.warn("could not remove {}", file, e);
        }
    }

    private static void moveQuietly(Path from, Path to, List<String> notes, String note) {
        try {
            Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            AtomicFile.syncFolder(to.getParent());
            notes.add(note);
        } catch (IOException e) {
            LOG.warn("could not move {} to {}", from, to, e);
        }
    }
}
