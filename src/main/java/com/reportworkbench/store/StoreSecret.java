package com.reportworkbench.store;

import com.reportworkbench.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's database password: random per store, kept in {@value #FILE_NAME} in the store folder,
 * readable and writable by the user alone. H2's {@code AUTO_SERVER} opens a TCP port so that a
 * second program (a command beside the open window) can share the store; the port listens on the
 * loopback address only (see {@link H2Settings}) and asks for this password, so another user of the
 * same machine can neither connect with H2's default user {@code sa} and an empty password nor read
 * the password. Stores made before (user {@code sa}, empty password) are given one when first opened.
 */
final class StoreSecret {
    static final String FILE_NAME = "store.key";
    private static final Logger LOG = LoggerFactory.getLogger(StoreSecret.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private StoreSecret() {}

    /** The password of the store in {@code dir}, made and saved now if the folder has none yet. */
    static String password(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (isWellFormed(text)) {
                    restrictToOwner(file);
                    return text;
                }
                LOG.warn("{} is damaged; a new password is made (a store locked with the old one will not open)", file);
            }
            String password = newPassword();
            write(file, password);
            return password;
        } catch (IOException e) {
            throw new StoreException("cannot read or write the store's password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The password saved in a folder, or null if it has none (a store of an earlier version). */
    static String existing(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return isWellFormed(text) ? text : null;
        } catch (IOException e) {
            return null;
        }
    }

    static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static boolean isWellFormed(String text) {
        return text.length() >= 32 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** Writes the password file atomically, readable by the owner alone. */
    static void write(Path file, String password) throws IOException {
        AtomicFile.write(file, out -> out.write((password + "\n").getBytes(StandardCharsets.US_ASCII)));
        restrictToOwner(file);
    }

    /** rw------- on POSIX; on Windows an access list naming the owner only. */
    static void restrictToOwner(Path file) {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                return;
            }
            AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
            if (acl != null) {
                UserPrincipal owner = Files.getOwner(file);
                AclEntry entry = AclEntry.newBuilder()
                        .setType(AclEntryType.ALLOW)
                        .setPrincipal(owner)
                        .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                                AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                                AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_ACL,
                                AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE))
                        .build();
                acl.setAcl(List.of(entry));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("could not restrict {} to its owner", file, e);
        }
    }
}
