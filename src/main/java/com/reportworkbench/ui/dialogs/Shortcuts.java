package com.reportworkbench.ui.dialogs;

import static com.reportworkbench.ui.I18n.tr;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1: the keyboard shortcuts. */
public final class Shortcuts {
    /** Key, message key of what it does. */
    public static final List<String[]> ALL = List.of(
            new String[] {"J / ↓", "shortcut.next"},
            new String[] {"K / ↑", "shortcut.previous"},
            new String[] {"N", "shortcut.nextUnreviewed"},
            new String[] {"T / A / O", "shortcut.kind"},
            new String[] {"Enter", "shortcut.accept"},
            new String[] {"Delete", "shortcut.reject"},
            new String[] {"E / F2", "shortcut.edit"},
            new String[] {"Esc", "shortcut.escape"},
            new String[] {"Tab / Shift+Tab", "shortcut.tab"},
            new String[] {"Ctrl+Shift+K", "shortcut.indicator"},
            new String[] {"Ctrl+Shift+P", "shortcut.mapPhrase"},
            new String[] {"Ctrl+R", "shortcut.revert"},
            new String[] {"Ctrl+Shift+A / Insert", "shortcut.add"},
            new String[] {"Ctrl+Shift+Enter", "shortcut.acceptSection"},
            new String[] {"Ctrl+Z / Ctrl+Y", "shortcut.undoRedo"},
            new String[] {"Ctrl+F", "shortcut.find"},
            new String[] {"Ctrl+L", "shortcut.filter"},
            new String[] {"Ctrl+I / Ctrl+Shift+I", "shortcut.import"},
            new String[] {"Ctrl+Period", "shortcut.cancelImport"},
            new String[] {"Ctrl+B", "shortcut.backup"},
            new String[] {"Ctrl+Delete", "shortcut.deleteDocument"},
            new String[] {"Ctrl+Shift+R / Ctrl+Shift+T", "shortcut.views"},
            new String[] {"Ctrl+Comma", "shortcut.preferences"},
            new String[] {"Ctrl+Q", "shortcut.quit"},
            new String[] {"F10", "shortcut.menus"},
            new String[] {"Ctrl+E", "shortcut.export"},
            new String[] {"Ctrl+M", "shortcut.metadata"},
            new String[] {"Ctrl+Shift+M", "shortcut.bulkMetadata"},
            new String[] {"Ctrl+Shift+D", "shortcut.finishCoding"},
            new String[] {"F1", "shortcut.help"});

    private Shortcuts() {}

    public static Alert create(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(tr("shortcuts.title"));
        alert.setHeaderText(tr("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        int r = 0;
        for (String[] s : ALL) {
            Label key = new Label(s[0]);
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // keys are never cut
            Label what = new Label(tr(s[1]));
            what.setWrapText(true); // long descriptions wrap instead of ending in "…"
            what.setMaxWidth(460);
            what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(r++, key, what);
        }
        alert.getDialogPane().setContent(grid);
        return alert;
    }
}
