package com.reportworkbench.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a government work report says about itself, and keeps for each field the cue it came from
 * and how sure it is ({@link DetectedMetadata}). The strongest cues are the title and byline near the
 * start: "(吉林省)白山市江源区人民政府工作报告(2023年12月27日)" and "——2023年12月27日在白山市江源区第十届
 * 人民代表大会…". Archives often publish only the body; then the body speaks for itself: who speaks
 * (我代表国务院 → 全国; 我代表吉林省人民政府; a signature "吉林省省长 某某"), the review and plan headings
 * (一、2009年工作回顾 → 2010), plan sentences, "今年是…" sentences, the congress session of a State
 * Council report, and last the file name. How the year's cues are weighed: {@link ReportYearResolver}.
 * A field no cue supports stays null for the analyst.
 */
public final class MetadataDetector {
    /** Title and byline sit in the first lines, after at most some site navigation. */
    private static final int HEAD_LINES = 60;
    private static final int MAX_TITLE_LENGTH = 60;
    private static final int MAX_BYLINE_LENGTH = 120;
    public static final String NATIONAL_REGION = "全国";

    private static final String REPORT = "政府工作报告";
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(?i:docx?|pdf|txt|html?)$");
    private static final Pattern PAGE_NUMBER_PREFIX = Pattern.compile("^\\d{1,3}[、.．]\\s*");
    private static final Pattern BRACKETED = Pattern.compile("^[(（][^)）]{0,20}[)）]|[(（][^)）]{0,30}[)）]$");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年(?:度)?");
    private static final Pattern BYLINE_START = Pattern.compile("^[\\s—―–\\-－_~～(（]*(" + ChineseDates.DATE_REGEX + ")\\s*在");
    private static final Pattern CONGRESS = Pattern.compile("第?[一二三四五六七八九十〇零\\d]+届|人民代表大会");

    private final AdministrativeDivisions divisions;
    private final SpeakerCues speakers;
    private final YearCues years;

    public MetadataDetector() {
        this(AdministrativeDivisions.standard());
    }

    MetadataDetector(AdministrativeDivisions divisions) {
        this.divisions = divisions;
        this.speakers = new SpeakerCues(MetadataCuePatterns.standard());
        this.years = new YearCues(MetadataCuePatterns.standard(), NationalCalendar.standard());
    }

    /** @param fileName consulted when the text has no title line (a name like "2024年XX区政府工作报告.docx") and as the weakest year cue */
    public DocumentMetadata detect(String text, String fileName) {
        return detectWithEvidence(text, fileName).metadata();
    }

    public DetectedMetadata detectWithEvidence(String text, String fileName) {
        List<String> head = headLines(text);
        Optional<String> titleLine = findTitle(head);
        String title = titleLine.orElseGet(() -> titleFromFileName(fileName));
        MetadataCue titleCue = titleLine.isPresent() ? MetadataCue.TITLE : MetadataCue.FILE_NAME;
        Optional<Byline> byline = findByline(head);
        String normalized = YearText.normalize(text);
        Optional<SpeakerCues.NationalSpeaker> nationalSpeaker = speakers.national(normalized);
        Optional<SpeakerCues.LocalSpeaker> localSpeaker = speakers.local(normalized);
        Optional<SpeakerCues.Signature> signature = speakers.signature(head);

        Map<MetadataField, FieldEvidence> evidence = new EnumMap<>(MetadataField.class);
        FieldEvidence national = nationalEvidence(title, titleCue, byline, nationalSpeaker, signature);
        if (national == null && regionInTitle(title) == null && byline.map(Byline::region).isEmpty()
                && localSpeaker.isEmpty() && signature.isEmpty()) {
            national = speakers.nationalScope(text)
                    .map(q -> new FieldEvidence(MetadataCue.SCOPE_WORDS, q, Confidence.LIKELY)).orElse(null);
        }
        String region;
        AdminLevel level;
        if (national != null) {
            region = NATIONAL_REGION;
            level = AdminLevel.NATIONAL;
            evidence.put(MetadataField.REGION, national);
            evidence.put(MetadataField.LEVEL, national);
        } else {
            RegionFound found = region(title, titleCue, byline, localSpeaker, signature);
            region = found == null ? null : found.name();
            if (found != null) {
                evidence.put(MetadataField.REGION, found.evidence());
            }
            LevelFound lf = level(found, localSpeaker, signature);
            level = lf == null ? null : lf.level();
            if (lf != null) {
                evidence.put(MetadataField.LEVEL, lf.evidence());
            }
        }

        YearCues.Dated dated = null;
        LocalDate date = null;
        if (byline.isPresent() && byline.get().date() != null) {
            date = byline.get().date();
            dated = new YearCues.Dated(date, MetadataCue.BYLINE, byline.get().text());
        } else if (title != null) {
            Optional<LocalDate> inTitle = ChineseDates.find(title);
            if (inTitle.isPresent()) {
                date = inTitle.get();
                dated = new YearCues.Dated(date, titleCue, title);
            }
        }
        if (dated != null) {
            evidence.put(MetadataField.REPORT_DATE, new FieldEvidence(dated.cue(), dated.quote(),
                    dated.cue() == MetadataCue.FILE_NAME ? Confidence.LIKELY : Confidence.SURE));
        }
        List<YearClaim> claims = years.claims(normalized, dated,
                title == null ? null : new YearCues.Titled(title, titleCue), national != null,
                nationalSpeaker.map(SpeakerCues.NationalSpeaker::sentence).orElse(null), fileName);
        ReportYearResolver.FieldEvidenceAndYear year = ReportYearResolver.resolve(claims);
        if (year != null) {
            evidence.put(MetadataField.YEAR, year.evidence());
        }
        return new DetectedMetadata(new DocumentMetadata(title, region, level, date, year == null ? null : year.year()),
                new MetadataEvidence(evidence));
    }

    /** The State Council speaks: its title, a byline to the 全国人民代表大会, 我代表国务院, or 国务院总理. */
    private static FieldEvidence nationalEvidence(String title, MetadataCue titleCue, Optional<Byline> byline,
            Optional<SpeakerCues.NationalSpeaker> speaker, Optional<SpeakerCues.Signature> signature) {
        if (title != null && title.startsWith("国务院")) {
            return new FieldEvidence(titleCue, title, Confidence.SURE);
        }
        if (byline.isPresent() && byline.get().region() == null && byline.get().text().contains("全国人民代表大会")) {
            return new FieldEvidence(MetadataCue.BYLINE, byline.get().text(), Confidence.SURE);
        }
        if (speaker.isPresent()) {
            return new FieldEvidence(MetadataCue.SPEAKER, speaker.get().quote(), Confidence.SURE);
        }
        if (signature.isPresent() && signature.get().level() == AdminLevel.NATIONAL) {
            return new FieldEvidence(MetadataCue.SIGNATURE, signature.get().quote(), Confidence.SURE);
        }
        return null;
    }

    private record RegionFound(String name, FieldEvidence evidence) {}

    private record LevelFound(AdminLevel level, FieldEvidence evidence) {}

    /**
     * The title's and byline's name first (the fuller of the two), then the speaker's ("我代表吉林省人民政府"),
     * then a signature's ("吉林省省长 某某"). A later cue naming another division makes the region doubtful.
     */
    private RegionFound region(String title, MetadataCue titleCue, Optional<Byline> byline,
            Optional<SpeakerCues.LocalSpeaker> speaker, Optional<SpeakerCues.Signature> signature) {
        String fromTitle = regionInTitle(title);
        String fromByline = byline.map(Byline::region).orElse(null);
        String fromSpeaker = speaker.map(s -> s.name() + s.kind()).filter(n -> !n.equals(speakerKind(speaker)) && divisions.looksLikeName(n)).orElse(null);
        String fromSignature = signature.map(SpeakerCues.Signature::name).filter(divisions::looksLikeName).orElse(null);
        String chosen = chooseRegion(fromTitle, fromByline);
        FieldEvidence evidence;
        if (chosen != null) {
            boolean fromTheTitle = chosen.equals(fromTitle);
            MetadataCue cue = fromTheTitle ? titleCue : MetadataCue.BYLINE;
            Confidence confidence = cue == MetadataCue.FILE_NAME ? Confidence.LIKELY : Confidence.SURE;
            evidence = new FieldEvidence(cue, fromTheTitle ? title : byline.get().text(), confidence);
        } else if (fromSpeaker != null) {
            chosen = fromSpeaker;
            evidence = new FieldEvidence(MetadataCue.SPEAKER, speaker.get().quote(), Confidence.SURE);
        } else if (fromSignature != null) {
            chosen = fromSignature;
            evidence = new FieldEvidence(MetadataCue.SIGNATURE, signature.get().quote(), Confidence.LIKELY);
        } else {
            return null;
        }
        for (String other : new String[] {fromSpeaker, fromSignature}) {
            if (other != null && !sameDivision(chosen, other)) {
                String quote = other.equals(fromSpeaker) ? speaker.get().quote() : signature.get().quote();
                evidence = new FieldEvidence(evidence.cue(), evidence.quote(), Confidence.DOUBTFUL, quote);
                break;
            }
        }
        return new RegionFound(chosen, evidence);
    }

    private static String speakerKind(Optional<SpeakerCues.LocalSpeaker> speaker) {
        return speaker.map(SpeakerCues.LocalSpeaker::kind).orElse("");
    }

    /** 白山市江源区 and 江源区 name one division; so do 吉林省 and 吉林. */
    private static boolean sameDivision(String a, String b) {
        return a.endsWith(b) || b.endsWith(a) || a.startsWith(b) || b.startsWith(a);
    }

    /**
     * A named region's level comes from its name only (a lone unlisted 市 may be county-level: left empty);
     * without a name, from the kind of government that speaks or the speaker's office.
     */
    private LevelFound level(RegionFound region, Optional<SpeakerCues.LocalSpeaker> speaker,
            Optional<SpeakerCues.Signature> signature) {
        if (region != null) {
            return divisions.levelOf(region.name())
                    .map(l -> new LevelFound(l, new FieldEvidence(MetadataCue.REGION_NAME, region.name(),
                            region.evidence().confidence())))
                    .orElse(null);
        }
        if (speaker.isPresent()) {
            AdminLevel l = switch (speaker.get().kind()) {
                case "自治区", "省" -> AdminLevel.PROVINCE;
                case "市", "州", "盟", "自治州" -> AdminLevel.CITY;
                default -> AdminLevel.COUNTY;
            };
            // "市人民政府" may also be a county-level city's: likely, not sure
            Confidence c = speaker.get().kind().equals("市") ? Confidence.LIKELY : Confidence.SURE;
            return new LevelFound(l, new FieldEvidence(MetadataCue.SPEAKER, speaker.get().quote(), c));
        }
        if (signature.isPresent()) {
            return new LevelFound(signature.get().level(),
                    new FieldEvidence(MetadataCue.SIGNATURE, signature.get().quote(), Confidence.LIKELY));
        }
        return null;
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
