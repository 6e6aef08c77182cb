package com.reportworkbench.store;

import com.reportworkbench.files.AtomicFile;
import com.reportworkbench.files.DiskFull;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup, restore and compaction of a whole store, none of which can lose it.
 *
 * <ul>
 *   <li><b>Backup</b> is H2's online {@code BACKUP TO} (a consistent zip taken while the store stays
 *       open) plus the store's password file, written to a temporary file beside the target and moved
 *       over it only when whole: a failed or killed backup leaves the earlier backup as it was.</li>
 *   <li><b>Restore</b> first extracts the backup's store into a staging folder inside the store folder
 *       and opens, migrates and counts it there; a backup whose store is empty, damaged or not a store
 *       is refused before anything is touched. Then, under the folder's exclusive lock, the current
 *       store file is kept under a new name (a hard link, else a copy) and the staged file replaces it
 *       in one atomic rename: at every moment the store file is the old store or the new one. The new
 *       store is opened before the restore reports success; if it does not open, the old one is put
 *       back.</li>
 *   <li><b>Compaction</b> copies the live data into a new file in a staging folder, checks that it
 *       opens with the same counts, and renames it over the store file.</li>
 * </ul>
 * Leftovers of a killed restore or compaction are cleaned up by the next command ({@link StoreFolder#recover}).
 */
public final class StoreBackup {
    private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);
    private static final String DATA_FILE = StoreFolder.DATA_FILE;

    private StoreBackup() {}

    /** What a restore did. */
    public record Restored(Path kept, long documents, long figures, List<String> recovered) {}

    /** What a compaction did: the file size before and after, in bytes. */
    public record Compacted(long before, long after, List<String> recovered) {}

    /** The counts that a restore and a compaction check. */
    record Counts(long documents, long figures) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d documents, %,d figures", documents, figures);
        }
    }

    /** Writes a consistent zip of an open store; the target is replaced only by a whole backup. */
    public static void backup(Store store, Path zip) {
        Path target = zip.toAbsolutePath().normalize();
        if (store.isPostgres()) {
            throw new StoreException("a PostgreSQL store is backed up with dump (an engine-neutral file), not as an H2 zip");
        }
        StoreTargets.refuseInsideStore(target, store.directory(), "backup");
        Path raw = null;
        Path temp = null;
        try {
            raw = AtomicFile.temporaryFor(target.resolveSibling(target.getFileName() + ".h2"));
            Path h2Zip = raw;
            store.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                    ps.setString(1, h2Zip.toString());
                    ps.execute();
                }
                return null;
            });
            CrashPoints.reach("backup.written");
            temp = AtomicFile.temporaryFor(target);
            addPassword(raw, temp, StoreSecret.existing(store.directory()));
            CrashPoints.reach("backup.committing");
            AtomicFile.commit(temp, target);
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                AtomicFile.deleteQuietly(temp);
            }
            if (e instanceof StoreException se && !DiskFull.isDiskFull(e, target)) {
                throw se;
            }
            LOG.error("backup to {} failed", target, e);
            String reason = DiskFull.isDiskFull(e, target) ? DiskFull.message(target) : e.getMessage();
            throw new StoreException("the backup failed, " + (Files.exists(target) ? "the earlier backup " + target
                    + " is unchanged" : "nothing was written") + ": " + reason, e);
        } finally {
            if (raw != null) {
                AtomicFile.deleteQuietly(raw);
            }
        }
    }

    /** Copies H2's zip entry by entry without recompressing it, and adds the password file. */
    private static void addPassword(Path h2Zip, Path out, String password) throws IOException {
        try (ZipFile in = ZipFile.builder().setPath(h2Zip).get();
                OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW);
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.getName().equals(StoreSecret.FILE_NAME)) {
                    continue;
                }
                try (InputStream raw = in.getRawInputStream(entry)) {
                    zip.addRawArchiveEntry(entry, raw);
                }
            }
            if (password != null) {
                zip.putArchiveEntry(new ZipArchiveEntry(StoreSecret.FILE_NAME));
                zip.write((password + "\n").getBytes(StandardCharsets.US_ASCII));
                zip.closeArchiveEntry();
            }
        }
    }

    /**
     * Replaces the (closed) store in a folder by a backup, keeping the replaced store file beside it.
     * Waits for another restore or compaction of the same folder to finish first.
     */
    public static Restored restore(Path zip, Path directory) {
        H2Settings.apply();
        Path dir = directory.toAbsolutePath().normalize();
        Path source = zip.toAbsolutePath().normalize();
        StoreFolder.create(dir);
        try (StoreAccess access = StoreAccess.exclusive(dir, Store.OPEN_WAIT)) {
            List<String> notes = new ArrayList<>(StoreFolder.recover(dir));
            StoreFolder.refuseWhenInUse(dir, notes);
            Path staging = dir.resolve(StoreFolder.RESTORE_STAGING);
            try {
                Files.createDirectories(staging);
                String backupPassword = extract(source, staging);
                CrashPoints.reach("restore.staged");
                String password = StoreSecret.password(dir);
                Counts counts = validate(source, staging, backupPassword, password);
                AtomicFile.sync(staging.resolve(DATA_FILE));
                CrashPoints.reach("restore.validated");
                Path kept = swapIn(staging.resolve(DATA_FILE), dir);
                StoreFolder.deleteTree(staging, null, null);
                try {
                    Store.open(dir).close(); // the folder's lock is ours: this opens the new store, nothing else
                } catch (RuntimeException e) {
                    putBack(kept, dir, e);
                    throw new StoreException("the restored store did not open, the previous store was put back: "
                            + e.getMessage(), e);
                }
                LOG.info("restored {} into {} ({}); previous store kept as {}", source, dir, counts, kept);
                return new Restored(kept, counts.documents(), counts.figures(), notes);
            } catch (IOException e) {
                throw new StoreException("restore failed, the store is unchanged: "
                        + (DiskFull.isDiskFull(e, dir) ? DiskFull.message(dir) : e.getMessage()), e);
            } finally {
                StoreFolder.deleteTree(staging, null, null);
            }
        }
    }

    /** Extracts the backup's store file into the staging folder; returns the password saved with it, if any. */
    private static String extract(Path zip, Path staging) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new StoreException("no backup file " + zip);
        }
        if (Files.size(zip) == 0) {
            throw new StoreException(zip + " is empty (0 bytes): not a backup; the store is unchanged");
        }
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveEntry entry = z.getEntry(DATA_FILE);
            if (entry == null) {
                throw new StoreException(zip + " is not a Report Workbench backup (no " + DATA_FILE
                        + " inside); the store is unchanged");
            }
            Path data = staging.resolve(DATA_FILE);
            try (InputStream in = z.getInputStream(entry)) {
                Files.copy(in, data, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(data) == 0) {
                throw new StoreException(zip + " holds an empty store file (0 bytes): refused, the store is unchanged");
            }
            ZipArchiveEntry key = z.getEntry(StoreSecret.FILE_NAME);
            if (key == null) {
                return null;
            }
            try (InputStream in = z.getInputStream(key)) {
                String text = new String(in.readNBytes(256), StandardCharsets.US_ASCII).strip();
                return StoreSecret.isWellFormed(text) ? text : null;
            }
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            if (DiskFull.isDiskFull(e, staging)) {
                throw e;
            }
            throw new StoreException(zip + " is not a readable zip: " + e.getMessage() + "; the store is unchanged", e);
        }
    }

    /**
     * Opens the staged store with the password it was saved with (a backup of an earlier version has
     * none), brings its schema up to date, counts it, gives it the folder's password and closes it cleanly.
     */
    private static Counts validate(Path zip, Path staging, String backupPassword, String password) {
        String url = "jdbc:h2:file:" + staging.resolve(Store.DATABASE_NAME) + ";WRITE_DELAY=0";
        List<String> candidates = new ArrayList<>();
        if (backupPassword != null) {
            candidates.add(backupPassword);
        }
        candidates.add(password);
        candidates.add("");
        SQLException last = null;
        for (String candidate : candidates) {
            try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", Store.USER, candidate)) {
                Flyway.configure().dataSource(url, Store.USER, candidate).locations("classpath:db/migration")
                        .load().migrate();
                Counts counts = count(c);
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER USER " + Store.USER + " SET PASSWORD '" + password + "'");
                    s.execute("SHUTDOWN");
                }
                return counts;
            } catch (SQLException e) {
                last = e;
                if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                    break;
                }
            } catch (RuntimeException e) {
                throw new StoreException(zip + " holds a store that cannot be brought up to date: "
                        + Store.explain(e, staging) + "; the store is unchanged", e);
            }
        }
        if (last != null && last.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
            throw new StoreException(zip + " holds a store locked with a password that is not in the backup; the store is unchanged",
                    last);
        }
        if (last != null && DiskFull.isDiskFull(last, staging)) {
            throw new StoreException("restore failed, the store is unchanged: " + DiskFull.message(staging), last);
        }
        throw new StoreException(zip + " holds a damaged store that cannot be opened (" + Store.explain(last, staging)
                + "); the store is unchanged", last);
    }

    static Counts count(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet docs = s.executeQuery("SELECT COUNT(*) FROM document")) {
            docs.next();
            long documents = docs.getLong(1);
            try (ResultSet figs = s.executeQuery("SELECT COUNT(*) FROM figure")) {
                figs.next();
                return new Counts(documents, figs.getLong(1));
            }
        }
    }

    /**
     * Keeps the current store file under a new name and renames the staged file over it; returns the
     * kept file, or null if the folder had no store.
     */
    private static Path swapIn(Path staged, Path dir) throws IOException {
        Path current = dir.resolve(DATA_FILE);
        Path kept = null;
        if (Files.exists(current)) {
            kept = keep(current, dir);
            CrashPoints.reach("restore.kept");
        }
        Files.move(staged, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        AtomicFile.syncFolder(dir);
        CrashPoints.reach("restore.swapped");
        return kept;
    }

    /** A second name for the store file (a hard link, else a flushed copy): never a moment without a store. */
    private static Path keep(Path current, Path dir) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        for (int n = 0; ; n++) {
            Path kept = dir.resolve(DATA_FILE + ".before-restore-" + stamp + (n == 0 ? "" : "-" + n));
            if (Files.exists(kept)) {
                continue;
            }
            try {
                Files.createLink(kept, current);
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException | UnsupportedOperationException e) {
                Path temp = AtomicFile.temporaryFor(kept);
                Files.copy(current, temp);
                AtomicFile.commit(temp, kept);
            }
            AtomicFile.syncFolder(dir);
            return kept;
        }
    }

    private static void putBack(Path kept, Path dir, Exception failure) {
        Path current = dir.resolve(DATA_FILE);
        try {
            if (kept == null) {
                Files.deleteIfExists(current);
                return;
            }
            Path temp = AtomicFile.temporaryFor(current);
            try {
                Files.createLink(temp, kept);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(kept, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            AtomicFile.commit(temp, current);
        } catch (IOException e) {
            failure.addSuppressed(e);
            LOG.error("could not put the previous store {} back into {}", kept, dir, e);
        }
    }

    /**
     * Rewrites the store file without its dead chunks. Every commit writes a new chunk and H2 frees
     * partly used chunks only slowly, so a store after a large import can be several times the size of
     * its data. Needs the store closed by every process.
     */
    public static Compacted compact(Path directory) {
        H2Settings.apply();
        Path dir = directory.toAbsolutePath().normalize();
        Path data = dir.resolve(DATA_FILE);
        try (StoreAccess access = StoreAccess.exclusive(dir, Store.OPEN_WAIT)) {
            List<String> notes = new ArrayList<>(StoreFolder.recover(dir));
            if (!Files.exists(data)) {
                throw new StoreException("no store in " + dir);
            }
            StoreFolder.refuseWhenInUse(dir, notes);
            String password = StoreSecret.password(dir);
            String url = "jdbc:h2:file:" + dir.resolve(Store.DATABASE_NAME) + ";WRITE_DELAY=0";
            Counts before;
            Store.connect(dir, password, url).dispose(); // upgrades a store without a password
            try (Connection c = DriverManager.getConnection(url, Store.USER, password); Statement s = c.createStatement()) {
                before = count(c);
                s.execute("SHUTDOWN"); // a clean close: the file is consistent for copying
            }
            long sizeBefore = Files.size(data);
            Path staging = dir.resolve(StoreFolder.COMPACT_STAGING);
            try {
                Files.createDirectories(staging);
                Path copy = staging.resolve(DATA_FILE);
                MVStoreTool.compact(data.toString(), copy.toString(), true);
                AtomicFile.sync(copy);
                CrashPoints.reach("compact.copied");
                String stagedUrl = "jdbc:h2:file:" + staging.resolve(Store.DATABASE_NAME) + ";WRITE_DELAY=0;IFEXISTS=TRUE";
                try (Connection c = DriverManager.getConnection(stagedUrl, Store.USER, password);
                        Statement s = c.createStatement()) {
                    Counts after = count(c);
                    if (!after.equals(before)) {
                        throw new StoreException("compaction stopped, the store is unchanged: the compacted copy holds "
                                + after + " instead of " + before);
                    }
                    s.execute("SHUTDOWN");
                }
                AtomicFile.sync(copy);
                CrashPoints.reach("compact.validated");
                Files.move(copy, data, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                AtomicFile.syncFolder(dir);
                return new Compacted(sizeBefore, Files.size(data), notes);
            } finally {
                StoreFolder.deleteTree(staging, null, null);
            }
        } catch (SQLException | IOException | IllegalStateException e) {
            throw new StoreException("compacting failed, the store is unchanged: " + Store.explain(e, dir), e);
        }
    }
}
