package com.reportworkbench.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporary() throws Exception {
        Path target = Files.writeString(dir.resolve("report.xlsx"), "the good old file");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the writer failed");
        })).hasMessageContaining("the writer failed");
        assertThat(Files.readString(target)).isEqualTo("the good old file");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void temporariesOfDeadProcessesAreRemovedOnTheNextWriteAndLiveOnesKept() throws Exception {
        Path target = dir.resolve("b.zip");
        Path dead = Files.writeString(dir.resolve(".b.zip.2147483646.tmp"), "left by kill -9");
        Path live = Files.writeString(dir.resolve(".b.zip." + ProcessHandle.current().parent().orElseThrow().pid() + ".tmp"),
                "being written by another process");
        AtomicFile.write(target, out -> out.write(1));
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
    }

    @Test
    void aFullDiskIsSaidInWords() {
        IOException enospc = new IOException("No space left on device");
        assertThat(DiskFull.isDiskFull(new RuntimeException("The database has been closed", enospc), dir)).isTrue();
        assertThat(DiskFull.isDiskFull(new IOException("Permission denied"), dir)).isFalse();
        assertThat(DiskFull.message(dir.resolve("not/yet/there.zip"))).startsWith("the disk is full").contains(dir.toString());
    }
}
