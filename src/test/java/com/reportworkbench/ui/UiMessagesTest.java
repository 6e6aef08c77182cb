package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.ui.review.FigureTableView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both bundles have the same keys, and every key the code uses exists. */
class UiMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"((?:about|action|add|app|bulk|documents|editor|export|field|figures|import|kind|legend|level|menu|metadata|phrase|popup|prefs|qualifier|search|shortcut|shortcuts|status|tab|welcome)\\.[A-Za-z0-9_.\\-]*)\"");

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        ResourceBundle zh = I18n.load(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = I18n.load(Locale.ENGLISH);
        assertThat(zh.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(en.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(new TreeSet<>(zh.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
        assertThat(zh.getString("app.title")).isEqualTo("报告数据工作台");
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/reportworkbench/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        // keys built from enums: "kind." + id and so on
        for (Kind k : Kind.values()) {
            used.add("kind." + k.id());
        }
        for (ReviewStatus s : ReviewStatus.values()) {
            used.add("status." + s.name().toLowerCase(Locale.ROOT));
        }
        for (Qualifier q : Qualifier.values()) {
            if (!q.id().isEmpty()) {
                used.add("qualifier." + q.id());
            }
        }
        for (AdminLevel l : AdminLevel.values()) {
            used.add("level." + l.id());
        }
        for (FigureField f : FigureField.values()) {
            used.add("field." + f.name().toLowerCase(Locale.ROOT));
        }
        for (FigureTableView.StatusFilter f : FigureTableView.StatusFilter.values()) {
            used.add("figures.show." + f.name().toLowerCase(Locale.ROOT));
        }
        for (String l : new String[] {"system", "zh_CN", "en"}) {
            used.add("prefs.language." + l);
        }
        assertThat(used).hasSizeGreaterThan(150);
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            Set<String> keys = I18n.load(locale).keySet();
            assertThat(used).as("keys missing in " + locale).allMatch(keys::contains);
        }
    }

    @Test
    void theLanguageFollowsTheSystemUnlessChosen() {
        assertThat(I18n.resolve("en")).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.resolve("zh_CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(I18n.resolve("system")).isEqualTo(Locale.ENGLISH);
            Locale.setDefault(Locale.CHINA);
            assertThat(I18n.resolve("")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        } finally {
            Locale.setDefault(before);
        }
    }
}
