package com.reportworkbench.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the window remembers between starts, in java.util.prefs. */
public final class UiPreferences {
    public static final String DEFAULT_TARGET = "#1f6feb";
    public static final String DEFAULT_ACHIEVEMENT = "#1a7f37";
    public static final String DEFAULT_OTHER = "#9a6700";

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** The node of the user's preferences; {@value #NODE_PROPERTY} names another one (tests, demos). */
    public static final String NODE_PROPERTY = "reportworkbench.prefs.node";

    public static UiPreferences user() {
        return new UiPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "com/reportworkbench/ui")));
    }

    /** True once the bundled samples were imported (or offered) on a first start. */
    public boolean samplesOfferedOnce() {
        return node.getBoolean("samplesOfferedOnce", false);
    }

    public void setSamplesOfferedOnce(boolean offered) {
        if (offered) {
            node.putBoolean("samplesOfferedOnce", true);
        } else {
            node.remove("samplesOfferedOnce");
        }
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** "system", "zh_CN" or "en". */
    public String language() {
        return node.get("language", "system");
    }

    public void setLanguage(String language) {
        node.put("language", language);
    }

    /** The store folder chosen in Preferences, or empty for the default one. */
    public String storeDirectory() {
        return node.get("store.dir", "");
    }

    public void setStoreDirectory(String dir) {
        node.put("store.dir", dir == null ? "" : dir);
    }

    /** The analyst who signs changes (team stores); empty for the operating system's user. */
    public String analyst() {
        return node.get("analyst", "");
    }

    public void setAnalyst(String name) {
        node.put("analyst", name == null ? "" : name.strip());
    }

    public String kindColour(String kind) {
        String def = switch (kind) {
            case "target" -> DEFAULT_TARGET;
            case "achievement" -> DEFAULT_ACHIEVEMENT;
            default -> DEFAULT_OTHER;
        };
        return node.get("colour." + kind, def);
    }

    public void setKindColour(String kind, String colour) {
        node.put("colour." + kind, colour);
    }

    public double[] dividers(String split, double[] defaults) {
        double[] out = defaults.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = node.getDouble("split." + split + "." + i, defaults[i]);
        }
        return out;
    }

    public void setDividers(String split, double[] positions) {
        for (int i = 0; i < positions.length; i++) {
            node.putDouble("split." + split + "." + i, positions[i]);
        }
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: losing them is not worth an error dialog
        }
    }
}
