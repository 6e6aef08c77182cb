package com.reportworkbench.ui.doubt;

import static com.reportworkbench.ui.I18n.tr;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;

/** The "Doubt" menu: where N goes, the bulk accept above a confidence, calibrate. */
public final class DoubtMenu {
    /** The threshold the bulk accept offers first: above it, figures of the development reports were 97% right. */
    static final double DEFAULT_THRESHOLD = 0.9;

    private DoubtMenu() {
    }

    public static Menu create(DoubtController doubt, Supplier<Window> owner) {
        Menu menu = new Menu(tr("doubt.menu"));
        menu.setId("doubtMenu");
        ToggleGroup modes = new ToggleGroup();
        for (DoubtController.Mode m : DoubtController.Mode.values()) {
            RadioMenuItem item = new RadioMenuItem(tr("doubt.mode." + m.name().toLowerCase(Locale.ROOT)));
            item.setId("doubtMode" + m.name());
            item.setToggleGroup(modes);
            item.setSelected(doubt.modeProperty().get() == m);
            item.setOnAction(e -> doubt.modeProperty().set(m));
            doubt.modeProperty().addListener((o, a, b) -> item.setSelected(b == m));
            menu.getItems().add(item);
        }
        MenuItem bulk = new MenuItem(tr("doubt.bulk"));
        bulk.setId("doubtBulkAccept");
        bulk.setOnAction(e -> askThreshold(owner.get()).ifPresent(doubt::acceptAbove));
        MenuItem calibrate = new MenuItem(tr("doubt.calibrate"));
        calibrate.setId("doubtCalibrate");
        calibrate.setOnAction(e -> doubt.calibrate());
        menu.getItems().addAll(new SeparatorMenuItem(), bulk, new SeparatorMenuItem(), calibrate);
        return menu;
    }

    /** Asks for the confidence above which to accept; empty when cancelled or not a number in [0, 1]. */
    static Optional<Double> askThreshold(Window owner) {
        TextInputDialog dialog = new TextInputDialog(String.format(Locale.ROOT, "%.2f", DEFAULT_THRESHOLD));
        dialog.initOwner(owner);
        dialog.setTitle(tr("doubt.bulk"));
        dialog.setHeaderText(tr("doubt.bulk.ask"));
        dialog.getEditor().setId("doubtThreshold");
        return dialog.showAndWait().flatMap(s -> {
            try {
                double v = Double.parseDouble(s.strip());
                return v >= 0 && v <= 1 ? Optional.of(v) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
