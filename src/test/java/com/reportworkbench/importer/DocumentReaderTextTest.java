package com.reportworkbench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReaderTextTest {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void readsUtf8WithoutBomAndHashesTheFileBytes() throws Exception {
        String seed = Seeds.text(Seeds.JIANGYUAN);
        Path file = write("report.txt", seed.getBytes(StandardCharsets.UTF_8));

        DecodedDocument document = reader.read(file);

        assertThat(document.text()).isEqualTo(seed);
        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(document.format()).isEqualTo("txt");
        assertThat(document.fileName()).isEqualTo("report.txt");
        assertThat(document.source()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(document.sha256()).isEqualTo(sha256(Files.readAllBytes(file)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({
        "GB18030, 000_b12ad143352142ad.txt, GB18030",
        "GBK,     001_870255d8f02f9992.txt, GB18030",
        "GB2312,  002_b11b1295186a95dd.txt, GB18030",
        "GB18030, 004_3d2c4c437c53b37a.txt, GB18030",
    })
    void readsChineseLegacyEncodingsWithoutBom(String charset, String seedName, String expectedEncoding) throws Exception {
        String seed = Seeds.text(seedName);
        Path file = write("report.txt", seed.getBytes(Charset.forName(charset)));

        DecodedDocument document = reader.read(file);

        assertThat(document.text()).isEqualTo(seed);
        assertThat(document.encoding()).isEqualTo(expectedEncoding);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8", "UTF-16LE", "UTF-16BE"})
    void aByteOrderMarkDecidesAndIsRemoved(String charset) throws Exception {
        String seed = Seeds.text(Seeds.LIAOYUAN);
        byte[] bom = switch (charset) {
            case "UTF-8" -> UTF8_BOM;
            case "UTF-16LE" -> UTF16LE_BOM;
            default -> UTF16BE_BOM;
        };
        Path file = write("report.txt", concat(bom, seed.getBytes(Charset.forName(charset))));

        DecodedDocument document = reader.read(file);

        assertThat(document.text()).isEqualTo(seed);
        assertThat(document.text()).doesNotStartWith("\uFEFF");
        assertThat(document.encoding()).isEqualTo(charset);
    }

    @Test
    void keepsCrlfLineEndingsSoOffsetsIndexTheFileText() throws Exception {
        String seed = Seeds.text(Seeds.DONGZHOU).replace("\n", "\r\n");
        Path file = write("crlf.TXT", seed.getBytes(Charset.forName("GB18030")));

        DecodedDocument document = reader.read(file);

        assertThat(document.text()).isEqualTo(seed).contains("\r\n");
    }

    @Test
    void readsMostlyAsciiGb18030AsGb18030() throws Exception {
        // a detector alone misreads this: a few Chinese words in a sea of ASCII
        String text = "GDP 2023: 1234.5 (unit: 100 million yuan)\nGrowth 6.5%, fiscal revenue +43.7%\n".repeat(20)
                + "地区生产总值增长6%\n";
        Path file = write("mostly-ascii.txt", text.getBytes(Charset.forName("GB18030")));

        assertThat(reader.read(file).text()).isEqualTo(text);
    }

    @Test
    void readsBig5WhenTheDetectorIsSure() throws Exception {
        String traditional = """
                各位代表：
                現在，我代表市人民政府，向大會報告工作，請予審議，並請市政協委員和其他列席人員提出意見。
                一、過去一年的工作回顧
                過去的一年，是極不平凡的一年。面對複雜嚴峻的外部環境，我們堅持穩中求進工作總基調，全市經濟運行總體平穩、穩中有進。
                地區生產總值增長百分之五點二，一般公共預算收入增長百分之八點一，城鄉居民人均可支配收入穩步提高。
                我們堅持項目為王，全年新開工億元以上項目一百二十個，產業結構持續優化，營商環境不斷改善。
                我們堅持民生優先，新增城鎮就業兩萬三千人，新建改擴建學校十二所，醫療衛生服務能力顯著提升。
                二、今年的主要任務
                今年是實現發展目標的關鍵一年，我們將堅定信心、真抓實幹，推動經濟社會高質量發展。
                """;
        Path file = write("big5.txt", traditional.getBytes(Charset.forName("Big5")));

        DecodedDocument document = reader.read(file);

        assertThat(document.encoding()).isEqualTo("Big5");
        assertThat(document.text()).isEqualTo(traditional);
    }

    @Test
    void importsA50MegabyteTextFile() throws Exception {
        String seed = Seeds.text(Seeds.JIANGYUAN);
        byte[] chunk = seed.getBytes(StandardCharsets.UTF_8);
        int copies = (50 * 1024 * 1024) / chunk.length + 1;
        Path file = dir.resolve("huge.txt");
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < copies; i++) {
                out.write(chunk);
            }
        }

        DecodedDocument document = reader.read(file);

        assertThat(Files.size(file)).isGreaterThan(50L * 1024 * 1024);
        assertThat(document.text().length()).isEqualTo(seed.length() * copies);
        assertThat(document.text()).startsWith(seed);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
