package com.reportworkbench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderFormatsTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    // ---- docx ----

    @Test
    void docxGivesBodyParagraphsTableRowsAndFootnotesOnePerLine() throws Exception {
        List<String> paragraphs = Seeds.paragraphs(Seeds.JIANGYUAN);
        Path file = dir.resolve("report.DOCX");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs.subList(0, 8)) {
                document.createParagraph().createRun().setText(paragraph);
            }
            XWPFTable table = document.createTable(2, 3);
            fillRow(table, 0, "指标", "2023年", "增长");
            fillRow(table, 1, "地区生产总值", "120.5亿元", "6%");
            XWPFParagraph withNote = document.createParagraph();
            withNote.createRun().setText(paragraphs.get(8));
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText("注：地区生产总值增速按可比价格计算。");
            withNote.addFootnoteReference(footnote);
            for (String paragraph : paragraphs.subList(9, paragraphs.size())) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
        }

        DecodedDocument decoded = reader.read(file);

        assertThat(decoded.format()).isEqualTo("docx");
        assertThat(decoded.encoding()).isEqualTo("docx");
        List<String> lines = decoded.text().lines().toList();
        assertThat(lines).containsSubsequence(paragraphs.subList(0, 8));
        assertThat(lines).containsSubsequence(paragraphs.get(7), "指标\t2023年\t增长", "地区生产总值\t120.5亿元\t6%");
        assertThat(lines).containsSubsequence(paragraphs.subList(9, paragraphs.size()));
        assertThat(lines).contains("注：地区生产总值增速按可比价格计算。");
        assertThat(lines).contains(paragraphs.get(8)); // no footnote marker glued to it
        assertThat(decoded.text()).doesNotContain("footnoteRef", "[1:");
    }

    private static void fillRow(XWPFTable table, int row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            table.getRow(row).getCell(i).setText(cells[i]);
        }
    }

    @Test
    void docxWithoutTextIsRefused() throws Exception {
        Path file = dir.resolve("blank.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph();
            document.write(out);
        }
        assertThatThrownBy(() -> reader.read(file)).hasMessage("the .docx contains no text");
    }

    // ---- pdf ----

    @Test
    void pdfGivesTheTextLayerInPageOrder() throws Exception {
        List<String> paragraphs = Seeds.paragraphs(Seeds.JIANGYUAN);
        Path file = dir.resolve("report.pdf");
        try (PDDocument document = new PDDocument()) {
            PDType0Font chinese = loadFont(document, "DroidSansFallback-subset.ttf");
            PDType0Font latin = loadFont(document, "DejaVuSans-subset.ttf");
            new PdfWriter(document, chinese, latin).write(paragraphs);
            document.save(file.toFile());
        }

        DecodedDocument decoded = reader.read(file);

        assertThat(decoded.format()).isEqualTo("pdf");
        String joined = decoded.text().replace("\n", "");
        int previous = -1;
        for (String paragraph : paragraphs) {
            int at = joined.indexOf(paragraph, previous + 1);
            assertThat(at).as("paragraph in order: %s", paragraph).isGreaterThan(previous);
            previous = at;
        }
    }

    private PDType0Font loadFont(PDDocument document, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fonts/" + name)) {
            return PDType0Font.load(document, in);
        }
    }

    @Test
    void imageOnlyPdfHasNoTextLayer() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = scan.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, 200, 100);
            graphics.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 600);
            }
            document.save(file.toFile());
        }
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("no text layer (scanned PDF?)");
    }

    @Test
    void passwordProtectedPdfIsRefused() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        assertThatThrownBy(() -> reader.read(file)).hasMessageStartingWith("encrypted PDF: it needs a password");
    }

    // ---- html ----

    @Test
    void htmlGivesVisibleTextWithBlocksOnTheirOwnLines() throws Exception {
        List<String> paragraphs = Seeds.paragraphs(Seeds.LIAOYUAN);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
                <title>辽源市人民政府工作报告_网页标题</title>
                <style>p { color: red; } .脚本样式 {}</style>
                <script>var 统计 = "脚本里的数字12345";</script>
                </head><body>
                <nav><a href="/">首页</a> <a href="/news">要闻</a></nav>
                <div style="display: none">隐藏的文字</div>
                """);
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        html.append("""
                <table><tr><td>指标</td><td>数值</td></tr><tr><td>地区生产总值</td><td>  增长6%  </td></tr></table>
                <div>来源：<span>辽源日报</span><br>编辑：<b>张三</b></div>
                <script>document.write("页面脚本");</script>
                </body></html>
                """);
        Path file = Files.write(dir.resolve("report.htm"), html.toString().getBytes(Charset.forName("GBK")));

        DecodedDocument decoded = reader.read(file);

        assertThat(decoded.format()).isEqualTo("html");
        assertThat(decoded.encoding()).isEqualTo("GB18030");
        List<String> lines = decoded.text().lines().toList();
        assertThat(lines).containsSubsequence(paragraphs);
        assertThat(lines).contains("首页 要闻", "指标\t数值", "地区生产总值\t增长6%", "来源：辽源日报", "编辑：张三");
        assertThat(decoded.text()).doesNotContain("脚本", "color", "隐藏的文字", "网页标题");
    }

    @Test
    void htmlWithoutCharsetDeclarationIsDetected() throws Exception {
        String paragraph = Seeds.paragraphs(Seeds.DONGZHOU).get(7);
        byte[] bytes = ("<html><body><h1>政府工作报告</h1><p>" + paragraph + "</p></body></html>")
                .getBytes(Charset.forName("GB18030"));
        Path file = Files.write(dir.resolve("page.html"), bytes);

        DecodedDocument decoded = reader.read(file);

        assertThat(decoded.text()).isEqualTo("政府工作报告\n" + paragraph);
    }

    @Test
    void htmlMetaThatLiesAboutTheCharsetIsOverruled() throws Exception {
        String paragraph = Seeds.paragraphs(Seeds.DONGZHOU).get(7);
        byte[] bytes = ("<html><head><meta charset=\"utf-8\"></head><body><p>" + paragraph + "</p></body></html>")
                .getBytes(Charset.forName("GB18030"));
        Path file = Files.write(dir.resolve("page.html"), bytes);

        assertThat(reader.read(file).text()).isEqualTo(paragraph);
    }

    @Test
    void htmlWithoutVisibleTextIsRefused() throws Exception {
        byte[] bytes = "<html><head><script>x()</script></head><body> <img src=a.png> </body></html>"
                .getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("empty.html"), bytes);
        assertThatThrownBy(() -> reader.read(file)).hasMessage("the page has no visible text");
    }

    /**
     * Lays paragraphs out as wrapped lines over as many A4 pages as they need. The CJK font has no Latin
     * glyphs, so ASCII and a few punctuation marks are set in a second font.
     */
    private static final class PdfWriter {
        private static final float FONT_SIZE = 12;
        private static final float LEADING = 16;
        private static final float MARGIN = 50;
        private static final int CHARS_PER_LINE = 38;

        private static final String LATIN_FONT_CHARS = "·—“”";

        private final PDDocument document;
        private final PDType0Font chinese;
        private final PDType0Font latin;
        private PDPageContentStream content;
        private float y;

        PdfWriter(PDDocument document, PDType0Font chinese, PDType0Font latin) {
            this.document = document;
            this.chinese = chinese;
            this.latin = latin;
        }

        void write(List<String> paragraphs) throws IOException {
            newPage();
            for (String paragraph : paragraphs) {
                for (int start = 0; start < paragraph.length(); start += CHARS_PER_LINE) {
                    line(paragraph.substring(start, Math.min(paragraph.length(), start + CHARS_PER_LINE)));
                }
            }
            content.endText();
            content.close();
        }

        private void line(String text) throws IOException {
            if (y < MARGIN) {
                content.endText();
                content.close();
                newPage();
            }
            int start = 0;
            while (start < text.length()) {
                boolean isLatin = isLatin(text.charAt(start));
                int end = start;
                while (end < text.length() && isLatin(text.charAt(end)) == isLatin) {
                    end++;
                }
                content.setFont(isLatin ? latin : chinese, FONT_SIZE);
                content.showText(text.substring(start, end));
                start = end;
            }
            content.newLineAtOffset(0, -LEADING);
            y -= LEADING;
        }

        private static boolean isLatin(char c) {
            return c < 0x80 || LATIN_FONT_CHARS.indexOf(c) >= 0;
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.beginText();
            y = PDRectangle.A4.getHeight() - MARGIN;
            content.newLineAtOffset(MARGIN, y);
        }
    }
}
