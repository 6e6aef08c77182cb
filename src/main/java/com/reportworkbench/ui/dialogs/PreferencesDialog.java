package com.reportworkbench.ui.dialogs;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.ui.UiPreferences;
import java.io.File;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Store location, language, highlight colours, theme; saved with java.util.prefs. */
public final class PreferencesDialog {
    private PreferencesDialog() {}

    /** True when saved; the caller applies theme, colours and language. */
    public static boolean show(Window owner, UiPreferences prefs) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(tr("prefs.title"));
        TextField store = new TextField(prefs.storeDirectory());
        store.setPromptText(tr("prefs.store.default"));
        store.setPrefColumnCount(28);
        Button browse = new Button(tr("prefs.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File dir = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (dir != null) {
                store.setText(dir.getAbsolutePath());
            }
        });
        TextField analyst = new TextField(prefs.analyst());
        analyst.setPromptText(System.getProperty("user.name", ""));
        ChoiceBox<String> language = new ChoiceBox<>();
        language.getItems().setAll("system", "zh_CN", "en");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : tr("prefs.language." + s);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        language.setValue(prefs.language());
        ChoiceBox<Boolean> theme = new ChoiceBox<>();
        theme.getItems().setAll(false, true);
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return b == null ? "" : tr(b ? "menu.view.dark" : "menu.view.light");
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        theme.setValue(prefs.darkTheme());
        ColorPicker target = new ColorPicker(Color.web(prefs.kindColour("target")));
        ColorPicker achievement = new ColorPicker(Color.web(prefs.kindColour("achievement")));
        ColorPicker other = new ColorPicker(Color.web(prefs.kindColour("other")));
        Button reset = new Button(tr("prefs.colours.reset"));
        reset.setOnAction(e -> {
            target.setValue(Color.web(UiPreferences.DEFAULT_TARGET));
            achievement.setValue(Color.web(UiPreferences.DEFAULT_ACHIEVEMENT));
            other.setValue(Color.web(UiPreferences.DEFAULT_OTHER));
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int r = 0;
        grid.addRow(r++, new Label(tr("prefs.store")), new HBox(4, store, browse));
        grid.addRow(r++, new Label(""), new Label(tr("prefs.restart")));
        grid.addRow(r++, new Label(tr("prefs.analyst")), analyst);
        grid.addRow(r++, new Label(tr("prefs.language")), language);
        grid.addRow(r++, new Label(tr("prefs.theme")), theme);
        grid.addRow(r++, new Label(tr("kind.target")), target);
        grid.addRow(r++, new Label(tr("kind.achievement")), achievement);
        grid.addRow(r++, new Label(tr("kind.other")), other);
        grid.addRow(r++, new Label(""), reset);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> result = dialog.showAndWait();
        if (result.isEmpty() || result.get() != ButtonType.OK) {
            return false;
        }
        prefs.setStoreDirectory(store.getText().trim());
        prefs.setAnalyst(analyst.getText());
        prefs.setLanguage(language.getValue());
        prefs.setDarkTheme(theme.getValue());
        prefs.setKindColour("target", hex(target.getValue()));
        prefs.setKindColour("achievement", hex(achievement.getValue()));
        prefs.setKindColour("other", hex(other.getValue()));
        prefs.flush();
        return true;
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
