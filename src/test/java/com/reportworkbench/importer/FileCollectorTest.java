package com.reportworkbench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {
    @TempDir
    Path dir;

    private final FileCollector collector = new FileCollector();

    @Test
    void walksFoldersRecursivelyKeepingSupportedVisibleFilesSorted() throws Exception {
        Path b = touch("reports/b.txt");
        Path a = touch("reports/a.DOCX");
        Path nested = touch("reports/2023/c.pdf");
        Path page = touch("reports/2023/d.htm");
        Path html = touch("reports/e.html");
        touch("reports/thumbs.png");
        touch("reports/.hidden.txt");
        touch("reports/~$a.docx");
        touch("reports/.git/config.txt");
        touch("reports/notes.doc");

        List<Path> files = collector.collect(List.of(dir.resolve("reports")));

        assertThat(files).containsExactly(nested, page, a, b, html);
    }

    @Test
    void explicitlyNamedFilesAreReturnedEvenWhenUnsupportedOrMissing() throws Exception {
        Path unsupported = touch("old.doc");
        Path missing = dir.resolve("gone.txt");
        Path folderFile = touch("folder/x.txt");

        List<Path> files = collector.collect(List.of(unsupported, missing, dir.resolve("folder")));

        assertThat(files).containsExactly(folderFile, missing, unsupported);
    }

    @Test
    void aFileReachedTwiceIsListedOnce() throws Exception {
        Path file = touch("folder/x.txt");

        List<Path> files = collector.collect(List.of(dir.resolve("folder"), file, dir.resolve("folder/../folder/x.txt")));

        assertThat(files).containsExactly(file);
    }

    @Test
    void nothingToCollect() {
        assertThat(collector.collect(List.of())).isEmpty();
    }

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }
}
