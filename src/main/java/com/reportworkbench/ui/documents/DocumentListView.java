package com.reportworkbench.ui.documents;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.text.MetadataState;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The document list: a mark for missing or doubtful metadata, region, level, year, title, review progress; a
 * filter box; sortable columns; several documents can be selected for a bulk metadata edit.
 */
public final class DocumentListView extends VBox {
    private final TableView<DocumentRecord> table = new TableView<>();
    private final TextField filter = TextFields.createClearableTextField();

    private final DocumentListViewModel vm;

    public DocumentListView(DocumentListViewModel vm, Consumer<DocumentRecord> open) {
        this.vm = vm;
        getStyleClass().add("document-list");
        filter.setPromptText(tr("documents.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setId("documentFilter");
        table.setId("documentTable");

        TableColumn<DocumentRecord, MetadataState> mark = new TableColumn<>("");
        mark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().metadataState()));
        mark.setCellFactory(c -> new MetadataMarkCell());
        mark.setPrefWidth(24);
        mark.setMinWidth(24);
        mark.setMaxWidth(30);
        mark.getStyleClass().add("metadata-mark-column");
        TableColumn<DocumentRecord, String> region = new TableColumn<>(tr("documents.region"));
        region.setCellValueFactory(c -> new SimpleStringProperty(nz(c.getValue().region())));
        region.setPrefWidth(90);
        region.setCellFactory(c -> new TooltipCell<>());
        region.setMinWidth(Math.max(64, textWidth(region.getText()) + 28));
        TableColumn<DocumentRecord, String> level = new TableColumn<>(tr("documents.level"));
        level.setCellValueFactory(c -> new SimpleStringProperty(
                c.getValue().level() == null ? "" : tr("level." + c.getValue().level().id())));
        fit(level, java.util.Arrays.stream(com.reportworkbench.text.AdminLevel.values())
                .map(l -> tr("level." + l.id())).toList());
        level.setCellFactory(c -> new TooltipCell<>());
        TableColumn<DocumentRecord, Integer> year = new TableColumn<>(tr("documents.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        fit(year, List.of("2026"));
        TableColumn<DocumentRecord, String> title = new TableColumn<>(tr("documents.title"));
        title.setCellValueFactory(c -> new SimpleStringProperty(
                c.getValue().title() == null || c.getValue().title().isBlank() ? c.getValue().fileName() : c.getValue().title()));
        title.setPrefWidth(200);
        title.setCellFactory(c -> new TooltipCell<>());
        title.setMinWidth(60);
        TableColumn<DocumentRecord, DocumentRecord> progress = new TableColumn<>(tr("documents.progress"));
        progress.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        progress.setComparator(Comparator.comparingDouble(DocumentListView::ratio));
        progress.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(DocumentRecord d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().remove("done");
                if (empty || d == null) {
                    setText(null);
                    return;
                }
                setText(tr("documents.progress.value", d.reviewedCount(), d.figureCount()));
                setTooltip(new javafx.scene.control.Tooltip(tr("documents.progress.tooltip", d.reviewedCount(),
                        d.figureCount())));
                if (d.figureCount() > 0 && d.reviewedCount() == d.figureCount()) {
                    getStyleClass().add("done");
                }
            }
        });
        fit(progress, List.of("000/000"));
        progress.getStyleClass().add("progress-column");
        // this analyst's coding (#13): ✎ while they code the document, ✓ once they marked it done
        TableColumn<DocumentRecord, String> coding = new TableColumn<>(tr("documents.coding"));
        coding.setId("codingColumn");
        coding.setCellValueFactory(c -> new SimpleStringProperty(codingMark(vm.myCoding().get(c.getValue().id()))));
        coding.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(
                        tr(item.equals(CODING_DONE) ? "documents.coding.done" : "documents.coding.open")));
            }
        });
        fit(coding, List.of(CODING_DONE));
        coding.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.myCoding()));
        table.getColumns().setAll(java.util.List.of(mark, coding, region, level, year, progress, title)); // ✎/✓ in view in a narrow pane
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        SortedList<DocumentRecord> sorted = new SortedList<>(vm.filtered());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(tr("documents.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !reselecting && (a == null || a.id() != b.id())) {
                open.accept(b);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filter, table);
        setSpacing(4);
    }

    static final String CODING_OPEN = "✎";
    static final String CODING_DONE = "✓";

    static String codingMark(Boolean done) {
        return done == null ? "" : done ? CODING_DONE : CODING_OPEN;
    }

    /** Header and widest word fit, in any language ("Level", "Reviewed", "province" were cut to "Le…"). */
    private static void fit(TableColumn<DocumentRecord, ?> c, List<String> words) {
        double cells = words.stream().mapToDouble(DocumentListView::textWidth).max().orElse(30) + 20;
        double min = Math.max(textWidth(c.getText()) + 28, cells);
        c.setMinWidth(min);
        c.setPrefWidth(min);
    }

    static double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(javafx.scene.text.Font.font(com.reportworkbench.ui.Styling.cjkFamily(),
                javafx.scene.text.Font.getDefault().getSize() * 1.1));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    /** A mark for documents whose region, level or year is missing or doubtful, with the reason as tooltip. */
    static final class MetadataMarkCell extends javafx.scene.control.TableCell<DocumentRecord, MetadataState> {
        @Override
        protected void updateItem(MetadataState state, boolean empty) {
            super.updateItem(state, empty);
            getStyleClass().removeAll("metadata-missing", "metadata-doubtful");
            if (empty || state == null || state == MetadataState.OK) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(state == MetadataState.MISSING ? "○" : "?");
            getStyleClass().add("metadata-" + state.id());
            setTooltip(new javafx.scene.control.Tooltip(tr("documents.metadata." + state.id())));
        }
    }

    /** The documents selected in the list (several with Shift/Ctrl+click). */
    public List<DocumentRecord> selectedDocuments() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /**
     * Asks for the region, level or year to set on the selected documents and saves them in one action;
     * {@code status} gets the outcome, {@code changed} runs once the list is read again.
     */
    public void bulkEdit(com.reportworkbench.ui.dialogs.DialogService dialogs, boolean reextractAvailable,
            Consumer<String> status, Runnable changed) {
        List<DocumentRecord> selected = selectedDocuments();
        if (selected.isEmpty()) {
            status.accept(tr("bulk.none"));
            return;
        }
        dialogs.bulkMetadata(selected, reextractAvailable).ifPresent(r ->
                vm.bulkEdit(selected.stream().map(DocumentRecord::id).toList(), r.edit(), r.reextract(), n -> {
                    status.accept(tr("bulk.done", n));
                    changed.run();
                }));
    }

    /** A text cell whose tooltip shows the whole value (narrow columns cut it off). */
    static final class TooltipCell<S> extends javafx.scene.control.TableCell<S, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isBlank() ? null : new javafx.scene.control.Tooltip(item));
        }
    }

    private static double ratio(DocumentRecord d) {
        return d.figureCount() == 0 ? 0 : (double) d.reviewedCount() / d.figureCount();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public TableView<DocumentRecord> table() {
        return table;
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    /** Selects the row of a document without reopening it. */
    public void select(long documentId) {
        List<DocumentRecord> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            DocumentRecord d = items.get(i);
            if (d.id() == documentId) {
                // after the list was read again (polling, #13) the selected item may still be the old row
                // object while no index is selected: the row lost its highlight. Compare by index.
                int selected = table.getSelectionModel().getSelectedIndex();
                if (selected < 0 || selected >= items.size() || items.get(selected).id() != documentId) {
                    boolean scroll = table.getSelectionModel().getSelectedItem() == null
                            || table.getSelectionModel().getSelectedItem().id() != documentId;
                    reselecting = !scroll; // the open document's row again: no reopening
                    try {
                        table.getSelectionModel().clearAndSelect(i);
                    } finally {
                        reselecting = false;
                    }
                    if (scroll) {
                        table.scrollTo(d);
                    }
                }
                return;
            }
        }
    }

    /** True while {@link #select} puts the highlight back: the document is open already, not opened again. */
    private boolean reselecting;
}
