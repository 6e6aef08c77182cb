package com.reportworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Refuses to write a backup or an export into the store's own folder: a file written there could
 * replace the store file itself (an atomic move over {@code store.mv.db} destroys the store), or be
 * swept away by the store's own clean-up. Links are resolved, so a link to the store file is refused too.
 */
public final class StoreTargets {
    private StoreTargets() {}

    /**
     * @param what "backup" or "export", for the message
     * @throws StoreException if {@code target} is inside {@code storeDir} or is one of its files
     */
    public static void refuseInsideStore(Path target, Path storeDir, String what) {
        if (storeDir == null) {
            return; // a PostgreSQL store has no folder here
        }
        Path folder = real(storeDir);
        Path file = real(target);
        if (file.startsWith(folder) || isStoreFile(target)) {
            throw new StoreException("refusing to write the " + what + " to " + target.toAbsolutePath()
                    + ": it is inside the store's folder " + folder + " or is a store file, and writing it could destroy the store; "
                    + "choose a file outside the store's folder");
        }
    }

    /** Any H2 database file, of this store or of another one. */
    private static boolean isStoreFile(Path target) {
        Path name = real(target).getFileName();
        return name != null && name.toString().endsWith(".mv.db");
    }

    /** The real path of a file that may not exist yet: the real path of its nearest existing ancestor, plus the rest. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            Path resolved = existing.toRealPath();
            return resolved.resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
