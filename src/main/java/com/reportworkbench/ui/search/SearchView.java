package com.reportworkbench.ui.search;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.TextHit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The search field, the regex switch and the results; a result opens its document at the place. */
public final class SearchView extends VBox {
    private final TextField field = TextFields.createClearableTextField();
    private final ListView<TextHit> results = new ListView<>();

    public SearchView(SearchViewModel vm, Consumer<TextHit> open) {
        this(vm, open, TextHit::fileName);
    }

    /** {@code name}: how a hit's report is named (its region and year rather than its file's hash). */
    public SearchView(SearchViewModel vm, Consumer<TextHit> open, java.util.function.Function<TextHit, String> name) {
        getStyleClass().add("search-view");
        field.setId("searchField");
        field.setPromptText(tr("search.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setOnAction(e -> vm.search());
        CheckBox regex = new CheckBox(tr("search.regex"));
        regex.selectedProperty().bindBidirectional(vm.regexProperty());
        Button go = new Button(tr("search.go"));
        go.setOnAction(e -> vm.search());
        HBox bar = new HBox(4, field, go);
        HBox.setHgrow(field, Priority.ALWAYS);
        results.setId("searchResults");
        results.setItems(vm.results());
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TextHit h, boolean empty) {
                super.updateItem(h, empty);
                setText(null);
                if (empty || h == null) {
                    setGraphic(null);
                    return;
                }
                // the report's name, then the whole snippet wrapped within the list's width (never cut)
                Label title = new Label(name.apply(h));
                title.getStyleClass().add("search-hit-title");
                Label snippet = new Label(h.context());
                snippet.setWrapText(true);
                snippet.setMinHeight(Region.USE_PREF_SIZE);
                snippet.prefWidthProperty().bind(results.widthProperty().subtract(36));
                snippet.setMaxWidth(Region.USE_PREF_SIZE);
                setGraphic(new VBox(2, title, snippet));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                open.accept(b);
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open.accept(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setPlaceholder(new Label(tr("search.none")));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("search-message");
        VBox.setVgrow(results, Priority.ALWAYS);
        setSpacing(4);
        getChildren().addAll(bar, regex, message, results);
    }

    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }
}
