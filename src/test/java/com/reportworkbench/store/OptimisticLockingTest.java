package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportworkbench.testsupport.Engines;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two analysts, two sessions, one figure: the second save based on an old reading is refused, never lost. */
class OptimisticLockingTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void theSecondSaveOfAFigureReadBeforeTheFirstIsRefusedNamingWhoAndWhen(String engine) {
        String url = Engines.freshStore(engine, temp);
        try (Store setup = Store.open(url)) {
            setup.documents().insert(StoreTestData.document("lock"), StoreTestData.machineFigures());
        }
        try (Store alice = Store.open(url).signAs("alice"); Store bob = Store.open(url).signAs("bob")) {
            long doc = alice.documents().list().get(0).id();
            FigureRecord seenByAlice = alice.figures().forDocument(doc).get(0);
            FigureRecord seenByBob = bob.figures().forDocument(doc).get(0);
            assertThat(seenByBob.version()).isEqualTo(seenByAlice.version());

            alice.figures().apply("value 6.1", List.of(new FigureEdit(seenByAlice.id(), FigureField.VALUE, "6.1")));
            assertThatThrownBy(() -> bob.figures().apply("value 6.2",
                    List.of(new FigureEdit(seenByBob.id(), FigureField.VALUE, "6.2"))))
                    .isInstanceOfSatisfying(FigureChangedException.class, e -> {
                        assertThat(e.changedBy()).isEqualTo("alice");
                        assertThat(e.changedAt()).isNotNull();
                        assertThat(e.figureId()).isEqualTo(seenByBob.id());
                        assertThat(e.getMessage()).contains("changed by alice at");
                    });
            FigureRecord stored = bob.figures().get(seenByBob.id()).orElseThrow(); // the reload
            assertThat(stored.current().value()).isEqualTo(new BigDecimal("6.1"));
            assertThat(stored.updatedBy()).isEqualTo("alice");
            // after reloading, bob's save goes through and is signed by him
            bob.figures().apply("value 6.2", List.of(new FigureEdit(seenByBob.id(), FigureField.VALUE, "6.2")));
            assertThat(alice.figures().history(seenByBob.id()))
                    .extracting(FigureChange::analyst).contains("alice", "bob");
            // an explicit version check refuses too (the decision of `apply` based on an export)
            assertThatThrownBy(() -> alice.figures().apply("kind", List.of(new FigureEdit(seenByAlice.id(), FigureField.KIND,
                    "target")), Map.of(seenByAlice.id(), seenByAlice.version())))
                    .isInstanceOf(FigureChangedException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void anAnalystUndoesOnlyTheirOwnActionAndNotOverAnotherAnalystsLaterChange(String engine) {
        String url = Engines.freshStore(engine, temp);
        try (Store setup = Store.open(url)) {
            setup.documents().insert(StoreTestData.document("undo"), StoreTestData.machineFigures());
        }
        try (Store alice = Store.open(url).signAs("alice"); Store bob = Store.open(url).signAs("bob")) {
            long doc = alice.documents().list().get(0).id();
            List<FigureRecord> figures = alice.figures().forDocument(doc);
            alice.figures().apply("a", List.of(new FigureEdit(figures.get(0).id(), FigureField.VALUE, "6.1")));
            bob.figures().forDocument(doc);
            bob.figures().apply("b", List.of(new FigureEdit(figures.get(1).id(), FigureField.UNIT, "万元")));
            // alice's undo takes back her own action, not bob's later one
            UndoResult undone = alice.figures().undo().orElseThrow();
            assertThat(undone.description()).isEqualTo("a");
            assertThat(alice.figures().get(figures.get(1).id()).orElseThrow().current().unit()).isEqualTo("万元");
            // bob edits alice's figure after her redo: her undo would overwrite that, and is refused
            alice.figures().redo().orElseThrow();
            bob.figures().forDocument(doc);
            bob.figures().apply("c", List.of(new FigureEdit(figures.get(0).id(), FigureField.VALUE, "7")));
            assertThatThrownBy(() -> alice.figures().undo()).isInstanceOf(FigureChangedException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "pg"})
    void aSaveCheckedAgainstTheVersionEditingStartedFromIsRefusedEvenAfterAReloadBroughtTheOtherChange(String engine) {
        String url = Engines.freshStore(engine, temp);
        try (Store setup = Store.open(url)) {
            setup.documents().insert(StoreTestData.document("poll"), StoreTestData.machineFigures());
        }
        try (Store alice = Store.open(url).signAs("alice"); Store bob = Store.open(url).signAs("bob")) {
            long doc = alice.documents().list().get(0).id();
            FigureRecord editingFrom = alice.figures().forDocument(doc).get(0); // alice opens the editor
            bob.figures().forDocument(doc);
            bob.figures().apply("unit", List.of(new FigureEdit(editingFrom.id(), FigureField.UNIT, "万吨")));
            FigureRecord polled = alice.figures().forDocument(doc).get(0); // polling reloads alice's window
            assertThat(polled.version()).isGreaterThan(editingFrom.version());

            assertThatThrownBy(() -> alice.figures().apply("value 9", List.of(new FigureEdit(editingFrom.id(),
                    FigureField.VALUE, "9")), Map.of(editingFrom.id(), editingFrom.version())))
                    .isInstanceOfSatisfying(FigureChangedException.class, e -> assertThat(e.changedBy()).isEqualTo("bob"));
            FigureRecord stored = bob.figures().get(editingFrom.id()).orElseThrow();
            assertThat(stored.current().unit()).isEqualTo("万吨");
            assertThat(stored.current().value()).isEqualByComparingTo(editingFrom.current().value());
        }
    }
}
