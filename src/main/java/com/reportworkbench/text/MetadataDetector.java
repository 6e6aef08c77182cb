package com.reportworkbench.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a government work report says about itself from its title and byline near the start:
 * "(吉林省)白山市江源区人民政府工作报告(2023年12月27日)" and "——2023年12月27日在白山市江源区第十届人民代表大会…".
 * Where the text states a field it is read; where it only implies it the field stays null for the analyst:
 * a confident wrong region or year would misfile every figure of the report.
 */
public final class MetadataDetector {
    /** Title and byline sit in the first lines, after at most some site navigation. */
    private static final int HEAD_LINES = 60;
    private static final int MAX_TITLE_LENGTH = 60;
    private static final int MAX_BYLINE_LENGTH = 120;
    private static final int SELF_REFERENCE_WINDOW = 5000;

    private static final String REPORT = "政府工作报告";
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(?i:docx?|pdf|txt|html?)$");
    private static final Pattern PAGE_NUMBER_PREFIX = Pattern.compile("^\\d{1,3}[、.．]\\s*");
    private static final Pattern BRACKETED = Pattern.compile("^[(（][^)）]{0,20}[)）]|[(（][^)）]{0,30}[)）]$");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年(?:度)?");
    private static final Pattern BYLINE_START = Pattern.compile("^[\\s—―–\\-－_~～(（]*(" + ChineseDates.DATE_REGEX + ")\\s*在");
    private static final Pattern CONGRESS = Pattern.compile("第?[一二三四五六七八九十〇零\\d]+届|人民代表大会");
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "我代表[\\p{IsHan}]{0,12}?(自治区|省|市|区|县|旗|州|盟)(?:人民)?政府");

    private final AdministrativeDivisions divisions;

    public MetadataDetector() {
        this(AdministrativeDivisions.standard());
    }

    MetadataDetector(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    /** @param fileName consulted only when the text has no title line (a name like "2024年XX区政府工作报告.docx") */
    public DocumentMetadata detect(String text, String fileName) {
        List<String> head = headLines(text);
        String title = findTitle(head).orElseGet(() -> titleFromFileName(fileName));
        Optional<Byline> byline = findByline(head);

        boolean national = isNational(title, byline);
        String region = national ? "全国" : chooseRegion(regionInTitle(title), byline.map(Byline::region).orElse(null));
        AdminLevel level = national ? AdminLevel.NATIONAL : levelOf(region, text);
        LocalDate date = byline.map(Byline::date).orElseGet(() -> title == null ? null : ChineseDates.find(title).orElse(null));
        Integer year = PlanYearResolver.resolve(text, date, title);
        return new DocumentMetadata(title, region, level, date, year);
    }

    /** The start of the text, by lines; only the first lines can hold a title or byline. */
    private static List<String> headLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length() && lines.size() < HEAD_LINES) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, Math.min(end, start + 2 * MAX_BYLINE_LENGTH)).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
            start = end + 1;
        }
        return lines;
    }

    /** A short line that ends with 政府工作报告 (before a dated bracket or a file extension). */
    private static Optional<String> findTitle(List<String> head) {
        for (String line : head) {
            String title = cleanTitle(line);
            if (title.length() <= MAX_TITLE_LENGTH && title.replaceAll("[(（][^)）]*[)）]$", "").endsWith(REPORT)) {
                return Optional.of(title);
            }
        }
        return Optional.empty();
    }

    private static String cleanTitle(String line) {
        String title = FILE_EXTENSION.matcher(line.strip()).replaceFirst("");
        return PAGE_NUMBER_PREFIX.matcher(title).replaceFirst("").strip();
    }

    private static String titleFromFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = cleanTitle(fileName);
        return name.contains(REPORT) && name.length() <= MAX_TITLE_LENGTH ? name : null;
    }

    /** "2026年北京市政府工作报告" → 北京市; "(辽宁省)抚顺市东洲区人民政府工作报告(…)" → 抚顺市东洲区. */
    private String regionInTitle(String title) {
        if (title == null || !title.contains(REPORT)) {
            return null;
        }
        String before = title.substring(0, title.indexOf(REPORT));
        before = before.endsWith("人民") ? before.substring(0, before.length() - 2) : before;
        String previous;
        do { // the province in brackets is context, not the region; the year is not part of the name
            previous = before;
            before = BRACKETED.matcher(before).replaceAll("").strip();
            before = LEADING_YEAR.matcher(before).replaceFirst("").strip();
        } while (!before.equals(previous));
        return divisions.looksLikeName(before) || before.equals("国务院") ? before : null;
    }

    /** The title's name is usually the fuller one (抚顺市东洲区 vs 东洲区); when they differ, the byline is the report's own. */
    private static String chooseRegion(String fromTitle, String fromByline) {
        if (fromTitle == null || fromTitle.equals("国务院")) {
            return fromByline;
        }
        if (fromByline == null || fromTitle.endsWith(fromByline)) {
            return fromTitle;
        }
        return fromByline;
    }

    private static boolean isNational(String title, Optional<Byline> byline) {
        return (title != null && title.startsWith("国务院"))
                || byline.map(b -> b.region() == null && b.text().contains("全国人民代表大会")).orElse(false);
    }

    private AdminLevel levelOf(String region, String text) {
        if (region != null) {
            return divisions.levelOf(region).orElse(null);
        }
        // no name, but "我代表区人民政府" still states which kind of government speaks
        Matcher self = SELF_REFERENCE.matcher(text.substring(0, Math.min(text.length(), SELF_REFERENCE_WINDOW)));
        if (!self.find()) {
            return null;
        }
        return switch (self.group(1)) {
            case "自治区", "省" -> AdminLevel.PROVINCE;
            case "市", "州", "盟" -> AdminLevel.CITY;
            default -> AdminLevel.COUNTY;
        };
    }

    /** "——2023年12月27日在白山市江源区第十届人民代表大会⏎第三次会议上", joined across its line break. */
    private record Byline(String text, LocalDate date, String region) {}

    private Optional<Byline> findByline(List<String> head) {
        for (int i = 0; i < head.size(); i++) {
            String line = head.get(i);
            Matcher start = BYLINE_START.matcher(line);
            if (line.length() > MAX_BYLINE_LENGTH || !start.find()) {
                continue;
            }
            String text = line;
            for (int next = i + 1; next < head.size() && next <= i + 2 && !text.contains("会议"); next++) {
                text += head.get(next);
            }
            LocalDate date = ChineseDates.parseAtStart(start.group(1)).orElse(null);
            return Optional.of(new Byline(text, date, regionInByline(text.substring(start.end()))));
        }
        return Optional.empty();
    }

    /** The name between 在 and the congress: "白山市江源区第十届人民代表大会" → 白山市江源区. */
    private String regionInByline(String afterZai) {
        Matcher congress = CONGRESS.matcher(afterZai);
        if (!congress.find()) {
            return null;
        }
        String name = afterZai.substring(0, congress.start()).strip();
        return divisions.looksLikeName(name) ? name : null;
    }
}
