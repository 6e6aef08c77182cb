package com.reportworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;

/**
 * Backup and restore of a whole store. A backup is H2's online {@code BACKUP TO}: a consistent zip
 * taken while the store stays open. A restore never destroys the current store: it is moved aside
 * first, and put back if the restore fails.
 */
public final class StoreBackup {
    private static final String DATA_FILE = Store.DATABASE_NAME + ".mv.db";

    private StoreBackup() {}

    /** Writes a consistent zip of an open store. */
    public static void backup(Store store, Path zip) {
        Path target = zip.toAbsolutePath();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create " + target.getParent() + ": " + e.getMessage(), e);
        }
        store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                ps.setString(1, target.toString());
                ps.execute();
            }
            return null;
        });
    }

    /**
     * Replaces the (closed) store in a folder by a backup, after checking the zip holds a store.
     *
     * @return where the previous store was kept, or null if the folder had none
     */
    public static Path restore(Path zip, Path directory) {
        checkBackup(zip);
        Path dir = directory.toAbsolutePath();
        Path current = dir.resolve(DATA_FILE);
        refuseWhenInUse(dir);
        Path kept = null;
        try {
            Files.createDirectories(dir);
            if (Files.exists(current)) {
                String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                kept = dir.resolve(DATA_FILE + ".before-restore-" + stamp);
                Files.move(current, kept, StandardCopyOption.ATOMIC_MOVE);
            }
            Restore.execute(zip.toAbsolutePath().toString(), dir.toString(), Store.DATABASE_NAME);
            if (!Files.exists(current)) {
                throw new StoreException("the backup did not contain " + DATA_FILE);
            }
        } catch (IOException | RuntimeException e) {
            if (kept != null) {
                try {
                    Files.move(kept, current, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moveBack) {
                    e.addSuppressed(moveBack);
                }
            }
            throw e instanceof StoreException se ? se
                    : new StoreException("restore failed, the store is unchanged: " + e.getMessage(), e);
        }
        // open once so that a backup from an older version is migrated now, not at the next start
        Store.open(dir).close();
        return kept;
    }

    /**
     * Rewrites the store file without its dead chunks (H2 {@code SHUTDOWN COMPACT}). Every commit writes
     * a new chunk and H2 frees partly used chunks only slowly, so a store after a large import can be
     * several times the size of its data. Needs the store closed by every process.
     *
     * @return the file size before and after, in bytes
     */
    public static long[] compact(Path directory) {
        Path dir = directory.toAbsolutePath();
        Path data = dir.resolve(DATA_FILE);
        if (!Files.exists(data)) {
            throw new StoreException("no store in " + dir);
        }
        refuseWhenInUse(dir);
        long before = data.toFile().length();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Store.DATABASE_NAME), "sa", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            throw new StoreException("compacting failed: " + e.getMessage(), e);
        }
        return new long[] {before, data.toFile().length()};
    }

    private static void refuseWhenInUse(Path dir) {
        if (Files.exists(dir.resolve(Store.DATABASE_NAME + ".lock.db"))) {
            // H2 keeps this lock file while a process has the store open
            throw new StoreException("the store in " + dir + " is in use: close the workbench window first");
        }
    }

    private static void checkBackup(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new StoreException("no backup file " + zip);
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(DATA_FILE);
            if (entry == null) {
                throw new StoreException(zip + " is not a Report Workbench backup (no " + DATA_FILE + " inside)");
            }
        } catch (IOException e) {
            throw new StoreException(zip + " is not a readable zip: " + e.getMessage(), e);
        }
    }
}
