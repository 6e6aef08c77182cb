package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.testsupport.Engines;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A coder's own decisions on a double-coded document are signed, undoable, redoable changes like any other. */
class CoderDecisionUndoTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void aCodersDecisionIsSignedAndUndoneAndRedoneInTheirOwnLayerOnly(String engine) {
        String url = Engines.freshStore(engine, temp);
        long doc;
        try (Store setup = Store.open(url)) {
            doc = setup.documents().insert(StoreTestData.document("coded"), StoreTestData.machineFigures());
            setup.coding().assign(doc, List.of("li", "wang"));
        }
        try (Store li = Store.open(url).signAs("li"); Store wang = Store.open(url).signAs("wang")) {
            FigureRecord before = li.figures().forDocument(doc).get(0);
            String machineUnit = before.current().unit();
            // wang's own earlier decision must survive li's undo
            wang.figures().apply("wang: unit", List.of(new FigureEdit(before.id(), FigureField.UNIT, "万吨")));

            long first = li.figures().apply("li: reject", List.of(new FigureEdit(before.id(), FigureField.STATUS, "REJECTED")));
            long second = li.figures().apply("li: unit", List.of(new FigureEdit(before.id(), FigureField.UNIT, "万人")));
            assertThat(first).isPositive();
            assertThat(second).isGreaterThan(first);
            assertThat(li.figures().history(before.id())).isEmpty(); // the shared figure is untouched
            FigureRecord decided = li.figures().get(before.id()).orElseThrow();
            assertThat(decided.current().unit()).isEqualTo("万人");
            assertThat(decided.status()).isEqualTo(ReviewStatus.REJECTED);

            UndoResult undone = li.figures().undo().orElseThrow();
            assertThat(undone.changeSetId()).isEqualTo(second);
            assertThat(undone.documentId()).isEqualTo(doc);
            assertThat(undone.figureIds()).containsExactly(before.id());
            assertThat(li.figures().get(before.id()).orElseThrow().current().unit()).isEqualTo(machineUnit);
            assertThat(li.figures().get(before.id()).orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);

            assertThat(li.figures().undo().orElseThrow().changeSetId()).isEqualTo(first);
            FigureRecord back = li.figures().get(before.id()).orElseThrow();
            assertThat(back.status()).isEqualTo(ReviewStatus.PROPOSED);
            assertThat(li.figures().undo()).isEmpty(); // wang's decision is not li's to undo
            assertThat(wang.figures().get(before.id()).orElseThrow().current().unit()).isEqualTo("万吨");

            assertThat(li.figures().redo().orElseThrow().changeSetId()).isEqualTo(first);
            assertThat(li.figures().get(before.id()).orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);

            // once li is done the layer is frozen: undo passes over it
            li.coding().finish(doc, "li");
            assertThat(li.figures().undo()).isEmpty();
            assertThat(li.coding().codedFigures(doc, "li").get(0).status()).isEqualTo(ReviewStatus.REJECTED);
        }
    }
}
