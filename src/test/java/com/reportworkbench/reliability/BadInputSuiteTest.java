package com.reportworkbench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More than twenty kinds of awkward input in one folder, imported as one batch: each bad file gets a
 * clear reason, the good ones are imported with their text untouched, and the store stays consistent.
 */
class BadInputSuiteTest {
    private static final String SEED = "seeds/000_b12ad143352142ad.txt";
    private static final String TRADITIONAL =
            "各位代表：現在，我代表市人民政府向大會報告工作。過去一年，全市地區生產總值增長百分之六，"
                    + "城鎮新增就業一萬二千人，糧食產量穩定，財政收入穩步增長，民生保障持續加強。\n";

    private static final String GB18030_ONLY = "\n附：𠮷\n";

    @TempDir
    static Path dir;

    static Path corpus;
    static Path storeDir;
    static String seedText;
    static ImportSummary summary;
    static final Map<String, ImportOutcome> byName = new HashMap<>();

    @BeforeAll
    static void importTheSuite() throws Exception {
        seedText = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
        corpus = dir.resolve("in");
        Files.createDirectories(corpus);
        writeFixtures();
        storeDir = dir.resolve("store");
        try (Store store = Store.open(storeDir)) {
            summary = new ImportService(store).importAll(List.of(corpus), new ImportListener() {
                @Override
                public void started(int total) {
                    try {
                        Files.delete(corpus.resolve("zzz_vanishes.txt")); // removed after listing, before reading
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void fileDone(int done, int total, ImportOutcome outcome) {}
            }, new CancellationFlag());
        }
        for (ImportOutcome o : summary.outcomes()) {
            byName.put(o.path().getFileName().toString(), o);
        }
    }

    private static void writeFixtures() throws Exception {
        write("empty.txt", new byte[0]);
        write("whitespace.txt", " \n\t\r\n  \u3000\n".getBytes(StandardCharsets.UTF_8));
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        binary[10] = 0;
        write("binary.txt", binary);
        byte[] png = new byte[2048];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        write("picture.txt", png);
        byte[] invalid = new byte[3000];
        for (int i = 0; i < invalid.length; i++) {
            invalid[i] = (byte) (i % 3 == 0 ? 0xFF : 0x81 + (i % 5)); // neither UTF-8 nor sensible GB18030
        }
        write("invalid-utf8.txt", invalid);
        // a character outside GBK, so that the GB18030 file is not byte-identical to the GBK one
        write("gb18030.txt", (seedText + GB18030_ONLY).getBytes(Charset.forName("GB18030")));
        write("gbk.txt", seedText.getBytes(Charset.forName("GBK")));
        write("big5.txt", TRADITIONAL.repeat(20).getBytes(Charset.forName("Big5")));
        write("utf16le-bom.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, seedText.getBytes(StandardCharsets.UTF_16LE)));
        write("utf16be-bom.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, seedText.getBytes(StandardCharsets.UTF_16BE)));
        write("utf8-bom.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, seedText.getBytes(StandardCharsets.UTF_8)));
        write("crlf.txt", seedText.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        write("cr.txt", seedText.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        write("mixed-width.txt", "一、２０２３年工作回顾\n全年地区生产总值增长６．５％，规模以上工业增加值增长8%。\n"
                .getBytes(StandardCharsets.UTF_8));
        writeLarge("large-50mb.txt", 50L * 1024 * 1024);
        write("one-char-lines.txt", "增\n".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        write("corrupt.docx", "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        writeDocxWithTableAndFootnote(corpus.resolve("tables-footnotes.docx"));
        writeEncryptedPdf(corpus.resolve("encrypted.pdf"));
        writeImageOnlyPdf(corpus.resolve("scanned.pdf"));
        write("page.html", ("<html><head><style>p{color:red}</style><script>var gdp='增长99%';</script></head><body>"
                + "<nav>首页 | 政务公开 | 联系我们</nav><h1>政府工作报告</h1><p>全年地区生产总值增长6.5%。</p>"
                + "<p>城镇新增就业1.2万人。</p><footer>版权所有 网站标识码1234</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        write("政府 工作 报告 2024.txt", seedText.replace("江源区", "江源 区").getBytes(StandardCharsets.UTF_8));
        Files.copy(Path.of(SEED), corpus.resolve("seed-original.txt"));
        Files.copy(Path.of(SEED), corpus.resolve("seed-duplicate-other-name.txt"));
        write("zzz_vanishes.txt", "会消失的文件".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachBadFileFailsWithAClearReason() {
        for (String name : List.of("empty.txt", "whitespace.txt", "binary.txt", "picture.txt", "invalid-utf8.txt",
                "corrupt.docx", "encrypted.pdf", "scanned.pdf", "zzz_vanishes.txt")) {
            ImportOutcome o = byName.get(name);
            assertThat(o).as(name).isNotNull();
            assertThat(o.status()).as(name + ": " + o.detail()).isEqualTo(ImportOutcome.Status.FAILED);
            assertThat(o.detail()).as(name).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void theBatchGoesOnAndEveryGoodFileIsImported() {
        assertThat(summary.cancelled()).isFalse();
        assertThat(summary.outcomes()).hasSize(25);
        for (String name : List.of("gb18030.txt", "gbk.txt", "big5.txt", "utf16le-bom.txt", "utf16be-bom.txt",
                "utf8-bom.txt", "crlf.txt", "cr.txt", "mixed-width.txt", "large-50mb.txt", "one-char-lines.txt",
                "tables-footnotes.docx", "page.html", "政府 工作 报告 2024.txt")) {
            ImportOutcome o = byName.get(name);
            assertThat(o.status()).as(name + ": " + o.detail()).isEqualTo(ImportOutcome.Status.IMPORTED);
        }
        long imported = summary.count(ImportOutcome.Status.IMPORTED);
        long skipped = summary.count(ImportOutcome.Status.SKIPPED);
        // the seed under two names: the first imported, the second skipped (the GBK and GB18030 copies
        // of the same seed have other bytes and are documents of their own)
        assertThat(Set.of(byName.get("seed-original.txt").status(), byName.get("seed-duplicate-other-name.txt").status()))
                .containsExactlyInAnyOrder(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.SKIPPED);
        assertThat(imported + skipped + summary.failures().size()).isEqualTo(25);
    }

    @Test
    void decodedTextsAreTheOriginalsUntouched() {
        try (Store store = Store.open(storeDir)) {
            assertThat(text(store, "gb18030.txt")).isEqualTo(seedText + GB18030_ONLY);
            assertThat(text(store, "gbk.txt")).isEqualTo(seedText);
            assertThat(text(store, "utf16le-bom.txt")).isEqualTo(seedText);
            assertThat(text(store, "utf16be-bom.txt")).isEqualTo(seedText);
            assertThat(text(store, "utf8-bom.txt")).isEqualTo(seedText);
            assertThat(text(store, "crlf.txt")).isEqualTo(seedText.replace("\n", "\r\n"));
            assertThat(text(store, "cr.txt")).isEqualTo(seedText.replace("\n", "\r"));
            assertThat(text(store, "big5.txt")).isEqualTo(TRADITIONAL.repeat(20));
            assertThat(text(store, "page.html")).contains("全年地区生产总值增长6.5%").doesNotContain("var gdp");
        }
    }

    @Test
    void figuresAreFoundInLineEndingVariantsFullWidthTextTablesAndFootnotes() {
        try (Store store = Store.open(storeDir)) {
            int plain = figures(store, "gbk.txt").size();
            assertThat(plain).isPositive();
            assertThat(figures(store, "crlf.txt")).hasSize(plain);
            assertThat(figures(store, "cr.txt")).hasSize(plain);
            assertThat(figures(store, "mixed-width.txt")).extracting(f -> f.current().text()).contains("６．５％", "8%");
            assertThat(figures(store, "tables-footnotes.docx")).extracting(f -> f.current().text())
                    .contains("130.41亿元", "3.5万人", "12.6%");
        }
    }

    @Test
    void theStoreIsConsistentAfterwards() {
        try (Store store = Store.open(storeDir)) {
            List<DocumentRecord> docs = store.documents().list();
            assertThat(docs).hasSize((int) summary.count(ImportOutcome.Status.IMPORTED));
            for (DocumentRecord doc : docs) {
                String text = store.documents().text(doc.id());
                assertThat(text).as(doc.fileName()).isNotBlank();
                for (FigureRecord f : store.figures().forDocument(doc.id())) {
                    assertThat(text.substring(f.current().start(), f.current().end())).isEqualTo(f.current().text());
                }
            }
        }
    }

    @Test
    void aStoreFolderThatCannotBeWrittenIsRefusedClearly() throws Exception {
        Path notAFolder = dir.resolve("a-file");
        Files.writeString(notAFolder, "x");
        assertThatThrownBy(() -> Store.open(notAFolder)).isInstanceOf(StoreException.class)
                .hasMessageContaining("store folder");
        Path readOnly = dir.resolve("read-only");
        Files.createDirectories(readOnly);
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        try {
            if (!Files.isWritable(readOnly)) { // root may write anywhere: then there is nothing to refuse
                assertThatThrownBy(() -> Store.open(readOnly)).isInstanceOf(StoreException.class)
                        .hasMessageContaining("not writable");
            }
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    private static String text(Store store, String name) {
        return store.documents().text(byName.get(name).documentId());
    }

    private static List<FigureRecord> figures(Store store, String name) {
        return store.figures().forDocument(byName.get(name).documentId());
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Files.write(corpus.resolve(name), bytes);
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static void writeLarge(String name, long bytes) throws IOException {
        byte[] chunk = seedText.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(corpus.resolve(name))) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
        }
    }

    private static void writeDocxWithTableAndFootnote(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("一、2023年工作回顾");
            doc.createParagraph().createRun().setText("全年完成固定资产投资130.41亿元。");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("完成情况");
            table.getRow(1).getCell(0).setText("城镇新增就业");
            table.getRow(1).getCell(1).setText("城镇新增就业3.5万人");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("注：规模以上工业增加值增长12.6%。");
            doc.write(out);
        }
    }

    private static void writeEncryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    private static void writeImageOnlyPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 50, 500);
            }
            doc.save(file.toFile());
        }
    }
}
