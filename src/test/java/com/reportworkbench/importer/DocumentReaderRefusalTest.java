package com.reportworkbench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets a one-line reason the analyst can act on. */
class DocumentReaderRefusalTest {
    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void emptyFile() throws Exception {
        assertRefused(write("empty.txt", new byte[0]), "empty file (0 bytes)");
    }

    @Test
    void whitespaceOnly() throws Exception {
        assertRefused(write("blank.txt", " \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8)), "only whitespace");
    }

    @Test
    void pngRenamedTxt() throws Exception {
        assertRefused(write("photo.txt", Arrays.copyOf(PNG_HEADER, 400)), "not a text file: looks like a PNG image");
    }

    @Test
    void binaryWithNulBytes() throws Exception {
        byte[] bytes = "header".getBytes(StandardCharsets.US_ASCII);
        assertRefused(write("data.txt", Arrays.copyOf(bytes, 100)), "NUL byte at offset 6");
    }

    @Test
    void utf16WithoutBomIsNamedAsSuch() throws Exception {
        byte[] bytes = Seeds.text(Seeds.LIAOYUAN).getBytes(StandardCharsets.UTF_16LE);
        assertRefused(write("no-bom.txt", bytes), "UTF-16 text without a byte-order mark");
    }

    @Test
    void damagedUtf8ThatIsNotGb18030Either() throws Exception {
        byte[] utf8 = Seeds.text(Seeds.JIANGYUAN).getBytes(StandardCharsets.UTF_8);
        utf8[600] = (byte) 0xFF; // one broken byte: strict UTF-8 fails, and as GB18030 it is mojibake
        assertRefused(write("damaged.txt", utf8), "not valid UTF-8 (bad byte at offset 600) and not GB18030");
    }

    @Test
    void latin1TextIsNotMistakenForChinese() throws Exception {
        String french = "Rapport d'activité du gouvernement: la croissance économique a été très élevée. ".repeat(30);
        assertRefused(write("latin1.txt", french.getBytes(StandardCharsets.ISO_8859_1)), "not GB18030 Chinese text");
    }

    @Test
    void shiftJisIsRefusedWithTheDetectorsGuess() throws Exception {
        String japanese = "これは日本語の文章です。ひらがなとカタカナがたくさん含まれています。".repeat(20);
        Path file = write("japanese.txt", japanese.getBytes(Charset.forName("Shift_JIS")));
        assertRefused(file, "not GB18030 Chinese text either");
    }

    @Test
    void corruptDocx() throws Exception {
        byte[] zipHeaderThenGarbage = Arrays.copyOf(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, 300);
        Arrays.fill(zipHeaderThenGarbage, 8, 300, (byte) 0x5A);
        assertRefused(write("broken.docx", zipHeaderThenGarbage), "corrupt .docx");
    }

    @Test
    void textFileRenamedDocx() throws Exception {
        assertRefused(write("notes.docx", "各位代表".getBytes(StandardCharsets.UTF_8)), "corrupt .docx: the file is not a Word (ZIP) package");
    }

    @Test
    void oldWordFileRenamedDocx() throws Exception {
        byte[] ole2 = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 512);
        assertRefused(write("old.docx", ole2), "Word 97-2003");
    }

    @Test
    void corruptPdf() throws Exception {
        assertRefused(write("broken.pdf", "%PDF-1.7\nthis is not a pdf body".getBytes(StandardCharsets.US_ASCII)), "corrupt PDF");
    }

    @Test
    void fileThatVanished() {
        assertRefused(dir.resolve("gone.txt"), "file not found");
    }

    @Test
    void folderNamedAsAFile() throws Exception {
        assertRefused(Files.createDirectory(dir.resolve("reports.txt")), "folder, not a file");
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = write("secret.txt", "各位代表".getBytes(StandardCharsets.UTF_8));
        boolean changed = file.toFile().setReadable(false, false);
        assumeThat(changed && !Files.isReadable(file)).as("not root and permissions supported").isTrue();

        assertRefused(file, "permission denied");
    }

    @Test
    void unsupportedExtension() throws Exception {
        assertRefused(write("report.doc", "x".getBytes(StandardCharsets.US_ASCII)),
                "unsupported file type: .doc files cannot be imported (supported: .txt, .docx, .pdf, .html, .htm)");
    }

    @Test
    void noExtension() throws Exception {
        assertRefused(write("README", "x".getBytes(StandardCharsets.US_ASCII)), "unsupported file type: a file without extension");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(DocumentReader.DEFAULT_MAX_BYTES + 1); // sparse: costs no disk, and it is never read
        }
        assertRefused(file, "file too large: 67108865 bytes (the limit is 64 MB)");
    }

    @Test
    void sizeLimitIsConfigurable() throws Exception {
        Path file = write("small.txt", new byte[3 * 1024 * 1024]);
        assertThatThrownBy(() -> new DocumentReader(1024 * 1024).read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("file too large: 3.0 MB (the limit is 1.0 MB)");
    }

    @Test
    void utf16BomWithOddByteCountIsRefused() throws Exception {
        byte[] bytes = DocumentReaderTextTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "各位代表".getBytes(StandardCharsets.UTF_16LE));
        assertRefused(write("cut.txt", Arrays.copyOf(bytes, bytes.length + 1)), "starts with a UTF-16LE byte-order mark but is not valid UTF-16LE");
    }

    private void assertRefused(Path file, String reasonPart) {
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(reasonPart)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
