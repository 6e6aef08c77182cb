package com.reportworkbench.ui;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.ui.dialogs.DialogService;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action of the window with its key (F10 or Alt reaches the menus themselves). */
final class MainMenus {
    private MainMenus() {}

    /** What the menus call that lives in the window itself. */
    interface WindowActions {
        void find();

        void focusFilter();

        void bulkMetadata();

        void preferences();

        void showReview();

        void showAttainment();

        void openLogFolder();

        /** Agreement between coders of double-coded documents, with adjudication (#13). */
        void showAgreement();

        /** "My coding of the open document is done" (#13; the command line's assign --done). */
        void finishCoding();
    }

    static MenuBar build(WorkbenchViewModel vm, UiPreferences prefs, MainWindow.AppActions app, ReviewActions review,
            TransferActions transfer, WindowActions window, Supplier<DialogService> dialogs, Menu doubt) {
        Menu file = new Menu(tr("menu.file"));
        file.getItems().addAll(
                item("menu.file.importFiles", "Ctrl+I", transfer::importFiles),
                item("menu.file.importFolder", "Ctrl+Shift+I", transfer::importFolder),
                item("menu.file.importSamples", null, () -> vm.importer().importSamples()),
                item("menu.file.cancelImport", "Ctrl+Period", () -> vm.importer().cancel()),
                new SeparatorMenuItem(),
                item("menu.file.export", "Ctrl+E", transfer::export),
                new SeparatorMenuItem(),
                item("menu.file.backup", "Ctrl+B", transfer::backup),
                item("menu.file.restore", null, transfer::restore),
                new SeparatorMenuItem(),
                item("menu.file.deleteDocument", "Ctrl+Delete", transfer::deleteDocument),
                new SeparatorMenuItem(),
                item("menu.file.preferences", "Ctrl+Comma", window::preferences),
                item("menu.file.quit", "Ctrl+Q", app::quit));

        Menu edit = new Menu(tr("menu.edit"));
        edit.getItems().addAll(
                item("menu.edit.undo", "Ctrl+Z", vm.review()::undo),
                item("menu.edit.redo", "Ctrl+Y", vm.review()::redo),
                new SeparatorMenuItem(),
                item("menu.edit.find", "Ctrl+F", window::find),
                item("menu.edit.filter", "Ctrl+L", window::focusFilter),
                item("menu.edit.metadata", "Ctrl+M", review::editMetadata),
                item("menu.edit.bulkMetadata", "Ctrl+Shift+M", window::bulkMetadata),
                new SeparatorMenuItem(),
                item("menu.edit.finishCoding", "Ctrl+Shift+D", window::finishCoding));

        Menu figure = new Menu(tr("menu.figure"));
        figure.getItems().addAll(review.figureItems());

        Menu view = new Menu(tr("menu.view"));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(tr("menu.view.light"));
        RadioMenuItem dark = new RadioMenuItem(tr("menu.view.dark"));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (prefs.darkTheme() ? dark : light).setSelected(true);
        light.setOnAction(e -> app.setDarkTheme(false));
        dark.setOnAction(e -> app.setDarkTheme(true));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem("中文（简体）");
        RadioMenuItem en = new RadioMenuItem("English");
        zh.setToggleGroup(languages);
        en.setToggleGroup(languages);
        (I18n.locale().getLanguage().equals("en") ? en : zh).setSelected(true);
        zh.setOnAction(e -> app.setLanguage("zh_CN"));
        en.setOnAction(e -> app.setLanguage("en"));
        Menu language = new Menu(tr("menu.view.language"));
        language.getItems().addAll(zh, en);
        view.getItems().addAll(light, dark, new SeparatorMenuItem(), language);
        view.getItems().add(item("menu.view.agreement", null, window::showAgreement));
        view.getItems().addAll(new SeparatorMenuItem(),
                item("menu.view.review", "Ctrl+Shift+R", window::showReview),
                item("menu.view.attainment", "Ctrl+Shift+T", window::showAttainment));

        Menu help = new Menu(tr("menu.help"));
        help.getItems().addAll(
                item("menu.help.shortcuts", "F1", () -> dialogs.get().showShortcuts()),
                item("menu.help.openLogs", null, window::openLogFolder),
                item("menu.help.about", null, () -> dialogs.get().showAbout(vm.storeDirectoryProperty().get())));
        MenuBar bar = new MenuBar(file, edit, figure, doubt, view, help);
        bar.setId("menuBar");
        return bar;
    }

    static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(tr(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A single-key action: the key is shown in the label and handled by ReviewActions' key filter. */
    static MenuItem keyItem(String key, String keys, Runnable action) {
        MenuItem item = new MenuItem(tr(key) + "\t(" + keys + ")");
        item.setOnAction(e -> action.run());
        return item;
    }
}
