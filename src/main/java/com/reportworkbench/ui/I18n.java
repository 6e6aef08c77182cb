package com.reportworkbench.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's words: ResourceBundle {@code messages}, Simplified Chinese by default, English available. */
public final class I18n {
    public static final String BUNDLE = "com.reportworkbench.ui.messages";
    private static volatile ResourceBundle bundle = load(Locale.SIMPLIFIED_CHINESE);

    private I18n() {}

    /** "zh_CN", "en", or empty/"system": the system locale when it is Chinese or English, else Chinese. */
    public static Locale resolve(String language) {
        String lang = language == null || language.isBlank() || language.equals("system")
                ? Locale.getDefault().getLanguage()
                : language;
        return lang.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static ResourceBundle load(Locale locale) {
        Locale l = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Whether the bundle has this key (stored codes are shown as words only when there is one). */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of a key, with {0}… filled in; the key itself when missing (a test keeps that from happening). */
    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
