package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportworkbench.extract.Kind;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.TextRange;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void documentsKeepTheirTextMetadataAndFiguresAcrossReopening() {
        long id;
        try (Store store = Store.open(dir)) {
            NewDocument doc = new NewDocument("a.txt", "/x/a.txt", "aa", "txt", "GB18030", StoreTestData.TEXT,
                    StoreTestData.document("aa").metadata(), List.of(new TextRange(0, 3)));
            id = store.documents().insert(doc, StoreTestData.machineFigures());
        }
        try (Store store = Store.open(dir)) {
            DocumentRecord record = store.documents().get(id).orElseThrow();
            assertThat(record.region()).isEqualTo("白山市江源区");
            assertThat(record.level()).isEqualTo(AdminLevel.COUNTY);
            assertThat(record.encoding()).isEqualTo("GB18030");
            assertThat(record.figureCount()).isEqualTo(3);
            assertThat(record.reviewedCount()).isZero();
            assertThat(store.documents().text(id)).isEqualTo(StoreTestData.TEXT);
            assertThat(store.documents().boilerplate(id)).containsExactly(new TextRange(0, 3));
            FigureRecord fai = store.figures().forDocument(id).get(1);
            assertThat(fai.current().value()).isEqualTo(new BigDecimal("130.41"));
            assertThat(fai.current().text()).isEqualTo("130.41亿元");
            assertThat(fai.machine()).isEqualTo(fai.current());
            assertThat(store.documents().idBySha256("aa")).contains(id);
        }
    }

    @Test
    void theSameContentCannotBeStoredTwice() {
        try (Store store = Store.open(dir)) {
            store.documents().insert(StoreTestData.document("same"), List.of());
            assertThatThrownBy(() -> store.documents().insert(StoreTestData.document("same"), List.of()))
                    .isInstanceOf(StoreException.class);
            assertThat(store.documents().count()).isEqualTo(1);
        }
    }

    @Test
    void aGroupStoresEachContentOnceAndReportsWhereTheDuplicatesWent() {
        try (Store store = Store.open(dir)) {
            long earlier = store.documents().insert(StoreTestData.document("known"), List.of());
            List<DocumentRepository.Stored> stored = store.documents().insertAll(List.of(
                    new DocumentRepository.Extracted(StoreTestData.document("new"), StoreTestData.machineFigures()),
                    new DocumentRepository.Extracted(StoreTestData.document("known"), StoreTestData.machineFigures()),
                    new DocumentRepository.Extracted(StoreTestData.document("new"), StoreTestData.machineFigures())));
            assertThat(stored).extracting(DocumentRepository.Stored::inserted).containsExactly(true, false, false);
            assertThat(stored.get(1).id()).isEqualTo(earlier);
            assertThat(stored.get(2).id()).isEqualTo(stored.get(0).id());
            assertThat(store.documents().count()).isEqualTo(2);
            assertThat(store.figures().forDocument(stored.get(0).id())).hasSize(3);
        }
    }

    @Test
    void anEditKeepsTheMachineProposalAndCanBeUndoneAndRedone() {
        try (Store store = Store.open(dir)) {
            long doc = store.documents().insert(StoreTestData.document("e"), StoreTestData.machineFigures());
            FigureRecord first = store.figures().forDocument(doc).get(0);

            long changeSet = store.figures().apply("kind target",
                    List.of(new FigureEdit(first.id(), FigureField.KIND, "target")));
            assertThat(changeSet).isPositive();

            FigureRecord edited = store.figures().get(first.id()).orElseThrow();
            assertThat(edited.current().kind()).isEqualTo(Kind.TARGET);
            assertThat(edited.machine().kind()).isEqualTo(Kind.ACHIEVEMENT);
            assertThat(edited.status()).isEqualTo(ReviewStatus.EDITED);
            assertThat(store.figures().history(first.id())).extracting(FigureChange::field)
                    .containsExactly(FigureField.KIND, FigureField.STATUS);

            assertThat(store.documents().get(doc).orElseThrow().reviewedCount()).isEqualTo(1);
            UndoResult undo = store.figures().undo().orElseThrow();
            assertThat(undo.figureIds()).containsExactly(first.id());
            assertThat(undo.documentId()).isEqualTo(doc);
            FigureRecord undone = store.figures().get(first.id()).orElseThrow();
            assertThat(undone.current().kind()).isEqualTo(Kind.ACHIEVEMENT);
            assertThat(undone.status()).isEqualTo(ReviewStatus.PROPOSED);
            assertThat(store.documents().get(doc).orElseThrow().reviewedCount()).isZero();

            store.figures().redo().orElseThrow();
            assertThat(store.figures().get(first.id()).orElseThrow().current().kind()).isEqualTo(Kind.TARGET);
        }
    }

    @Test
    void aNewActionAfterAnUndoCannotBeFollowedByRedoOfTheOldOne() {
        try (Store store = Store.open(dir)) {
            long doc = store.documents().insert(StoreTestData.document("r"), StoreTestData.machineFigures());
            long a = store.figures().forDocument(doc).get(0).id();
            long b = store.figures().forDocument(doc).get(1).id();
            store.figures().setStatus("reject", List.of(a), ReviewStatus.REJECTED);
            store.figures().undo();
            store.figures().setStatus("accept", List.of(b), ReviewStatus.ACCEPTED);
            assertThat(store.figures().redo()).isEmpty();
            assertThat(store.figures().get(a).orElseThrow().status()).isEqualTo(ReviewStatus.PROPOSED);
        }
    }

    @Test
    void revertPutsBackTheMachineProposal() {
        try (Store store = Store.open(dir)) {
            long doc = store.documents().insert(StoreTestData.document("v"), StoreTestData.machineFigures());
            long id = store.figures().forDocument(doc).get(1).id();
            store.figures().apply("edit", List.of(new FigureEdit(id, FigureField.VALUE, "131"),
                    new FigureEdit(id, FigureField.BASE_VALUE, "13100000000")));
            assertThat(store.figures().get(id).orElseThrow().current().value()).isEqualTo(new BigDecimal("131"));

            store.figures().revertToMachine(id);
            FigureRecord reverted = store.figures().get(id).orElseThrow();
            assertThat(reverted.current()).isEqualTo(reverted.machine());
            assertThat(reverted.status()).isEqualTo(ReviewStatus.PROPOSED);
        }
    }

    @Test
    void reExtractionReplacesUntouchedProposalsButKeepsEditsAndAdditions() {
        try (Store store = Store.open(dir)) {
            long doc = store.documents().insert(StoreTestData.document("x"), StoreTestData.machineFigures());
            List<FigureRecord> before = store.figures().forDocument(doc);
            long edited = before.get(0).id();
            store.figures().apply("indicator", List.of(new FigureEdit(edited, FigureField.INDICATOR, "industrial_value_added")));
            FigureRecord added = store.figures().addByAnalyst(doc,
                    StoreTestData.figure("生产总值", "1", "个", Kind.OTHER, null, null));

            int stored = store.figures().replaceMachineProposals(doc, StoreTestData.machineFigures());

            assertThat(stored).isEqualTo(2); // the new 6% overlaps the edited one and is dropped
            List<FigureRecord> after = store.figures().forDocument(doc);
            assertThat(after).hasSize(4);
            assertThat(store.figures().get(edited).orElseThrow().current().indicator()).isEqualTo("industrial_value_added");
            assertThat(store.figures().get(added.id())).isPresent();
        }
    }

    @Test
    void undoingAnAdditionRemovesTheFigureFromTheDocument() {
        try (Store store = Store.open(dir)) {
            long doc = store.documents().insert(StoreTestData.document("add"), List.of());
            FigureRecord added = store.figures().addByAnalyst(doc,
                    StoreTestData.figure("130.41亿元", "130.41", "亿元", Kind.ACHIEVEMENT, null, "2023"));
            assertThat(added.origin()).isEqualTo(Origin.ANALYST);
            assertThat(added.exportStatus()).isEqualTo("added");
            assertThat(store.documents().get(doc).orElseThrow().reviewedCount()).isEqualTo(1);

            store.figures().undo();
            assertThat(store.figures().forDocument(doc)).isEmpty();
        }
    }

    @Test
    void metadataCorrectionsAreStored() {
        try (Store store = Store.open(dir)) {
            long doc = store.documents().insert(StoreTestData.document("m"), List.of());
            store.documents().updateMetadata(doc, new DocumentMetadata("新标题", "吉林省", AdminLevel.PROVINCE, null, 2023));
            DocumentRecord r = store.documents().get(doc).orElseThrow();
            assertThat(r.region()).isEqualTo("吉林省");
            assertThat(r.reportDate()).isNull();
            assertThat(r.year()).isEqualTo(2023);
        }
    }

    @Test
    void searchFindsPlainTextAndRegexWithOffsets() {
        try (Store store = Store.open(dir)) {
            long doc = store.documents().insert(StoreTestData.document("s"), List.of());
            List<TextHit> plain = store.documents().search("生产总值", false, 10);
            assertThat(plain).hasSize(2);
            assertThat(StoreTestData.TEXT.substring(plain.get(0).start(), plain.get(0).end())).isEqualTo("生产总值");
            List<TextHit> regex = store.documents().search("增长\\d+%", true, 10);
            assertThat(regex).extracting(TextHit::documentId).containsOnly(doc);
            assertThat(regex).hasSize(2);
        }
    }

    @Test
    void userSynonymsAreRemembered() {
        try (Store store = Store.open(dir)) {
            store.synonyms().put("地方一般预算收入", "fiscal_revenue_local");
            store.synonyms().put("地方一般预算收入", "fiscal_revenue_total");
            assertThat(store.synonyms().all()).containsEntry("地方一般预算收入", "fiscal_revenue_total").hasSize(1);
        }
    }
}
