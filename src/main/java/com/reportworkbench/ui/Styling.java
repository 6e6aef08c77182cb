package com.reportworkbench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** Theme (AtlantaFX Primer light/dark), the app stylesheet, the analyst's kind palette and the CJK font. */
public final class Styling {
    /** The font stack: the first one installed wins (JavaFX CSS takes a single family). */
    public static final List<String> CJK_FONTS = List.of("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", "Noto Sans SC", "SimHei");
    private static String cjkFamily;

    private Styling() {}

    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static synchronized String cjkFamily() {
        if (cjkFamily == null) {
            Set<String> installed = Set.copyOf(Font.getFamilies());
            cjkFamily = CJK_FONTS.stream().filter(installed::contains).findFirst().orElse("System");
        }
        return cjkFamily;
    }

    /** The generated stylesheet: kind colours of the preferences and the font family. */
    public static String paletteCss(UiPreferences prefs) {
        StringBuilder css = new StringBuilder();
        css.append(".root { -fx-font-family: \"").append(cjkFamily()).append("\"; }\n");
        css.append(".report-text .text { -fx-font-family: \"").append(cjkFamily()).append("\"; }\n");
        for (String kind : List.of("target", "achievement", "other")) {
            Color c = Color.web(prefs.kindColour(kind));
            String rgb = (int) Math.round(c.getRed() * 255) + "," + (int) Math.round(c.getGreen() * 255) + ","
                    + (int) Math.round(c.getBlue() * 255);
            css.append(".fig-").append(kind).append(" { -fx-fill: rgb(").append(rgb)
                    .append("); -rtfx-background-color: rgba(").append(rgb).append(",0.16); }\n");
            css.append(".legend-fig-").append(kind).append(", .kind-").append(kind)
                    .append(" { -fx-text-fill: rgb(").append(rgb).append("); }\n");
            css.append(".legend-fig-").append(kind).append(" { -fx-background-color: rgba(").append(rgb)
                    .append(",0.16); }\n");
        }
        return css.toString();
    }

    public static String paletteUri(UiPreferences prefs) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(
                paletteCss(prefs).getBytes(StandardCharsets.UTF_8));
    }

    /** Puts the app stylesheet and the current palette on a scene (replacing an older palette). */
    public static void style(Scene scene, UiPreferences prefs) {
        String app = Styling.class.getResource("workbench.css").toExternalForm();
        scene.getStylesheets().removeIf(s -> s.startsWith("data:text/css") || s.equals(app));
        scene.getStylesheets().add(app);
        scene.getStylesheets().add(paletteUri(prefs));
    }
}
