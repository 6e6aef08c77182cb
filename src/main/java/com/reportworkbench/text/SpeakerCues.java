package com.reportworkbench.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who gives the report, as its body says: "我代表国务院" (the State Council: 全国), "我代表吉林省人民政府"
 * (a named division), "我代表区人民政府" (only the kind of government), or a signature line under the
 * title with the speaker's office ("吉林省省长 胡玉亭", "国务院总理 李强").
 */
final class SpeakerCues {
    private static final int SPEAKER_WINDOW = 5000;
    private static final int MAX_SIGNATURE = 30;

    /** The State Council speaks; {@code sentence} is where it says so. */
    record NationalSpeaker(String quote, String sentence) {}

    /** A local government speaks: {@code name} may be empty ("我代表市人民政府"); {@code kind} is 省, 市, 区 …. */
    record LocalSpeaker(String quote, String name, String kind) {}

    /** A signature: {@code name} may be empty ("省长 某某"); {@code level} is the office's level. */
    record Signature(String quote, String name, AdminLevel level) {}

    private final MetadataCuePatterns patterns;
    private final Map<String, AdminLevel> offices = new LinkedHashMap<>();
    private final Pattern signature;
    private final Map<String, List<String>> scopeWords = new LinkedHashMap<>();
    private static final int MIN_NATIONAL_SCOPE = 20;

    SpeakerCues(MetadataCuePatterns patterns) {
        this.patterns = patterns;
        List<String> names = new ArrayList<>();
        for (String[] row : AssetLines.readColumns("offices.tsv")) {
            if (row.length >= 2 && !row[0].equals("office")) {
                offices.put(row[0], AdminLevel.fromId(row[1]).orElseThrow(
                        () -> new IllegalStateException("unknown level in offices.tsv: " + row[1])));
                names.add(Pattern.quote(row[0]));
            }
        }
        for (String[] row : AssetLines.readColumns("scope_words.tsv")) {
            scopeWords.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        scopeWords.putIfAbsent("national", List.of());
        scopeWords.putIfAbsent("local", List.of());
        signature = Pattern.compile("^(?<name>[\\p{IsHan}]{0,20}?)(?:人民政府)?(?:代理|代)?(?<office>"
                + String.join("|", names) + ")[\\s\\u3000:：]*[\\p{IsHan}·]{2,5}$");
    }

    /**
     * The body speaks only of the whole country: at least {@value #MIN_NATIONAL_SCOPE} national scope words and
     * no local one (assets/scope_words.tsv); the quote counts them.
     */
    Optional<String> nationalScope(String text) {
        int national = 0;
        for (String w : scopeWords.get("national")) {
            national += count(text, w);
        }
        int local = 0;
        for (String w : scopeWords.get("local")) {
            local += count(text, w);
        }
        return national >= MIN_NATIONAL_SCOPE && local == 0
                ? Optional.of("全国/我国 ×" + national + "; 全省/全市/全区/全县… ×0")
                : Optional.empty();
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    Optional<NationalSpeaker> national(String normalized) {
        String window = window(normalized);
        for (Pattern p : patterns.get("national-speaker")) {
            Matcher m = p.matcher(window);
            if (m.find()) {
                return Optional.of(new NationalSpeaker(m.group(), sentence(window, m.start(), m.end())));
            }
        }
        return Optional.empty();
    }

    Optional<LocalSpeaker> local(String normalized) {
        String window = window(normalized);
        for (Pattern p : patterns.get("regional-speaker")) {
            Matcher m = p.matcher(window);
            if (m.find()) {
                return Optional.of(new LocalSpeaker(m.group(), m.group("name"), m.group("kind")));
            }
        }
        return Optional.empty();
    }

    Optional<Signature> signature(List<String> head) {
        for (String line : head) {
            if (line.length() > MAX_SIGNATURE) {
                continue;
            }
            Matcher m = signature.matcher(line.strip());
            if (m.find()) {
                return Optional.of(new Signature(line.strip(), m.group("name"), offices.get(m.group("office"))));
            }
        }
        return Optional.empty();
    }

    private static String window(String text) {
        return text.substring(0, Math.min(text.length(), SPEAKER_WINDOW));
    }

    /** The sentence around [start, end): from the previous 。 or line break to the next. */
    private static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && "。！\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && "。！\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }
}
