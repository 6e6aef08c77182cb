package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's own server port (H2 AUTO_SERVER) accepts local connections only, and only with the
 * store's random password, which only its user can read. A store of an earlier version (user sa,
 * empty password) still opens and is given a password.
 */
class StoreLocalOnlyTest {
    @TempDir
    Path dir;

    @Test
    void theServerListensOnTheLoopbackAddressAndAsksForTheStoresPassword() throws Exception {
        Path storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir)) {
            store.documents().insert(StoreTestData.document("one"), StoreTestData.machineFigures());
            Properties lock = new Properties();
            lock.load(new StringReader(Files.readString(storeDir.resolve(StoreFolder.LOCK_FILE), StandardCharsets.ISO_8859_1)));
            String server = lock.getProperty("server");
            assertThat(InetAddress.getByName(server.substring(0, server.indexOf(':'))).isLoopbackAddress())
                    .as("AUTO_SERVER address in the lock file: " + server).isTrue();
            int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));

            for (InetAddress address : nonLoopbackAddresses()) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                            .as("the port from " + address).isInstanceOf(java.io.IOException.class);
                }
            }
            String tcpUrl = "jdbc:h2:tcp://" + server + "/" + lock.getProperty("id");
            assertThatThrownBy(() -> DriverManager.getConnection(tcpUrl, "sa", "").close())
                    .as("H2's default user without a password").hasMessageContaining("Wrong user name or password");
            try (Connection c = DriverManager.getConnection(Store.jdbcUrl(storeDir), "sa",
                    Files.readString(storeDir.resolve(StoreSecret.FILE_NAME)).strip())) {
                assertThat(StoreBackup.count(c).documents()).isEqualTo(1);
            }
        }
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerAlone() throws Exception {
        Path storeDir = dir.resolve("store");
        Store.open(storeDir).close();
        Path key = storeDir.resolve(StoreSecret.FILE_NAME);
        assertThat(StoreSecret.isWellFormed(Files.readString(key).strip())).isTrue();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(key))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(storeDir)).doesNotContain(PosixFilePermission.OTHERS_READ,
                    PosixFilePermission.GROUP_READ);
        }
    }

    @Test
    void aStoreOfAnEarlierVersionWithoutPasswordOpensAndIsGivenOne() throws Exception {
        Path storeDir = dir.resolve("legacy");
        Files.createDirectories(storeDir);
        org.flywaydb.core.Flyway.configure().dataSource(Store.jdbcUrl(storeDir), "sa", "")
                .locations("classpath:db/migration").target(org.flywaydb.core.api.MigrationVersion.fromVersion("3"))
                .load().migrate();
        try (Store store = Store.open(storeDir)) {
            assertThat(store.documents().count()).isZero();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(Store.jdbcUrl(storeDir), "sa", "").close())
                .hasMessageContaining("Wrong user name or password");
        try (Store store = Store.open(storeDir)) { // and it opens again with its new password
            assertThat(store.documents().count()).isZero();
        }
    }

    @Test
    void aStoreFileWithoutItsPasswordFileIsRefusedWithAReason() throws Exception {
        Path storeDir = dir.resolve("store");
        Store.open(storeDir).close();
        Files.delete(storeDir.resolve(StoreSecret.FILE_NAME));
        assertThatThrownBy(() -> Store.open(storeDir)).isInstanceOf(StoreException.class)
                .hasMessageContaining(StoreSecret.FILE_NAME);
    }

    private static Set<InetAddress> nonLoopbackAddresses() throws Exception {
        Set<InetAddress> out = new java.util.HashSet<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    out.add(a);
                }
            }
        }
        return out;
    }
}
