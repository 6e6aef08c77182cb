package com.reportworkbench.ui.dialogs;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.text.AdminLevel;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A choice of administrative level with an empty first entry ("—" or "(unchanged)"). */
final class LevelChoice {
    private LevelChoice() {}

    static ComboBox<AdminLevel> create(String emptyLabel, AdminLevel value) {
        ComboBox<AdminLevel> level = new ComboBox<>();
        level.getItems().add(null);
        level.getItems().addAll(AdminLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(AdminLevel l) {
                return l == null ? emptyLabel : tr("level." + l.id());
            }

            @Override
            public AdminLevel fromString(String s) {
                return null;
            }
        });
        level.setValue(value);
        return level;
    }
}
