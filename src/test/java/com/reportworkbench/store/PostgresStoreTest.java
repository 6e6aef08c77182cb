package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.testsupport.TestPostgres;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real PostgreSQL server (skipped, with the reason, when none can be started). */
class PostgresStoreTest {
    @TempDir
    Path dir;

    @Test
    void theSameMigrationsRunAndTheStoreKeepsDocumentsFiguresAndHistory() {
        String url = TestPostgres.freshStore();
        long id;
        try (Store store = Store.open(url)) {
            assertThat(store.isPostgres()).isTrue();
            id = store.documents().insert(StoreTestData.document("pg"), StoreTestData.machineFigures());
            FigureRecord first = store.figures().forDocument(id).get(0);
            store.figures().apply("kind target", List.of(new FigureEdit(first.id(), FigureField.KIND, "target")));
            store.figures().apply("value", List.of(new FigureEdit(first.id(), FigureField.VALUE, "6.5")));
            assertThat(store.figures().undo()).isPresent();
        }
        try (Store store = Store.open(url)) { // a second open finds the schema migrated and the data there
            assertThat(store.documents().text(id)).isEqualTo(StoreTestData.TEXT);
            FigureRecord first = store.figures().forDocument(id).get(0);
            assertThat(first.current().kind().id()).isEqualTo("target");
            assertThat(first.current().value()).isEqualTo(new BigDecimal("6"));
            assertThat(store.figures().history(first.id()))
                    .anySatisfy(h -> assertThat(h.field() == FigureField.VALUE && h.undone()).isTrue())
                    .anySatisfy(h -> assertThat(h.field() == FigureField.KIND && !h.undone()).isTrue());
            assertThat(store.documents().get(id).orElseThrow().figureCount()).isEqualTo(3);
            assertThatThrownBy(() -> store.documents().insert(StoreTestData.document("pg"), List.of()))
                    .isInstanceOf(StoreException.class);
        }
    }

    @Test
    void twoImportsOverTheSameFilesAtTheSameMomentStoreEachDocumentOnce() throws Exception {
        String url = TestPostgres.freshStore();
        Path files = Files.createDirectories(dir.resolve("files"));
        int count = 24;
        for (int i = 0; i < count; i++) {
            Files.writeString(files.resolve("report" + i + ".txt"), "某市政府工作报告\n" + (2000 + i)
                    + "年全市地区生产总值增长" + (i % 9 + 1) + "%，一般公共预算收入" + (100 + i) + "亿元。\n",
                    StandardCharsets.UTF_8);
        }
        try (Store first = Store.open(url); Store second = Store.open(url)) { // two pools: two workstations
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = List.of(first, second).stream().map(s -> pool.submit(() -> {
                    start.await();
                    return new ImportService(s).importAll(List.of(files), (done, total, o) -> { }, new CancellationFlag());
                })).<Future<?>>map(f -> f).toList();
                start.countDown();
                for (Future<?> run : runs) {
                    run.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(first.documents().count()).isEqualTo(count);
            assertThat(first.documents().list()).extracting(DocumentRecord::sha256).doesNotHaveDuplicates();
        }
    }

    @Test
    void twoWritersStoringTheSameGroupAtOnceAgreeOnOneDocumentPerContent() throws Exception {
        String url = TestPostgres.freshStore();
        List<DocumentRepository.Extracted> group = List.of(
                new DocumentRepository.Extracted(StoreTestData.document("a"), StoreTestData.machineFigures()),
                new DocumentRepository.Extracted(StoreTestData.document("b"), StoreTestData.machineFigures()),
                new DocumentRepository.Extracted(StoreTestData.document("c"), StoreTestData.machineFigures()));
        try (Store first = Store.open(url); Store second = Store.open(url)) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<List<DocumentRepository.Stored>> one = pool.submit(() -> {
                    start.await();
                    return first.documents().insertAll(group);
                });
                Future<List<DocumentRepository.Stored>> two = pool.submit(() -> {
                    start.await();
                    return second.documents().insertAll(group);
                });
                start.countDown();
                List<DocumentRepository.Stored> a = one.get();
                List<DocumentRepository.Stored> b = two.get();
                // both name the same documents; each content was inserted by exactly one of them
                assertThat(a).extracting(DocumentRepository.Stored::id)
                        .containsExactlyElementsOf(b.stream().map(DocumentRepository.Stored::id).toList());
                for (int i = 0; i < group.size(); i++) {
                    assertThat(a.get(i).inserted() ^ b.get(i).inserted()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(first.documents().count()).isEqualTo(3);
            assertThat(first.figures().forDocument(first.documents().list().get(0).id())).hasSize(3);
        }
    }
}
