package com.reportworkbench.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Builds a large corpus for the scale benchmark by recombining the paragraphs of real reports: every
 * file gets a dated title line, then paragraphs drawn at random until it reaches about the average
 * length of a real report. Deterministic for a given seed.
 */
public final class SyntheticCorpus {
    private static final String[] PROVINCES = {"河北省", "山西省", "辽宁省", "吉林省", "江苏省", "浙江省", "安徽省",
        "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省"};

    private SyntheticCorpus() {}

    /**
     * The texts of every readable report under a folder, in file order; a file that cannot be read is
     * passed to {@code onSkip} with its reason and left out.
     */
    public static List<String> texts(Path dir, BiConsumer<Path, String> onSkip) {
        DocumentReader reader = new DocumentReader();
        List<String> out = new ArrayList<>();
        for (Path file : new FileCollector().collect(List.of(dir))) {
            try {
                out.add(reader.read(file).text());
            } catch (UnreadableDocumentException e) {
                onSkip.accept(file, e.getMessage());
            }
        }
        return out;
    }

    /** Paragraphs (lines of 20 characters or more) of every readable report under the folder. */
    public static List<String> paragraphs(Path sourceDir) {
        List<String> out = new ArrayList<>();
        for (String text : texts(sourceDir, (file, reason) -> { })) {
            text.lines().map(String::strip).filter(l -> l.length() >= 20).forEach(out::add);
        }
        return out;
    }

    /**
     * Writes {@code count} reports of about {@code charsPerFile} characters into a folder.
     *
     * @return the number of characters written
     */
    public static long generate(List<String> paragraphs, Path outDir, int count, int charsPerFile, long seed) {
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no paragraphs to recombine");
        }
        Random random = new Random(seed);
        long total = 0;
        try {
            Files.createDirectories(outDir);
            for (int i = 0; i < count; i++) {
                String province = PROVINCES[random.nextInt(PROVINCES.length)];
                int year = 2019 + random.nextInt(7);
                StringBuilder text = new StringBuilder(charsPerFile + 2000);
                text.append('(').append(province).append(")第").append(i + 1).append("号人民政府工作报告(")
                        .append(year).append("年1月").append(10 + random.nextInt(18)).append("日)\n\n");
                while (text.length() < charsPerFile) {
                    text.append("  ").append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
                }
                Files.writeString(outDir.resolve(String.format("synthetic_%05d.txt", i)), text, StandardCharsets.UTF_8);
                total += text.length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic corpus: " + e.getMessage(), e);
        }
        return total;
    }
}
