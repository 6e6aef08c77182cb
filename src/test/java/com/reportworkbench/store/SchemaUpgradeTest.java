package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store made by the first schema version opens in the current version with its data intact. */
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneStoreIsMigratedWithItsDocumentsFiguresAndHistory() throws Exception {
        String url = Store.jdbcUrl(dir);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("1")).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO document (id, file_name, content_sha256, file_format, original_text, char_count, region,
                        report_year, imported_at)
                    VALUES (7, 'old.txt', 'sha-old', 'txt', '地区生产总值增长6%', 10, '辽源市', 2022, CURRENT_TIMESTAMP)""");
            s.executeUpdate("""
                    INSERT INTO figure (id, document_id, start_offset, end_offset, span_text, figure_value, unit, qualifier,
                        figure_kind, estimated, indicator, origin, review_status, m_value, m_unit, m_qualifier, m_kind,
                        m_estimated, updated_at)
                    VALUES (70, 7, 8, 10, '6%', 6, '%', '', 'target', FALSE, 'gdp', 'MACHINE', 'EDITED', 6, '%', '',
                        'achievement', FALSE, CURRENT_TIMESTAMP)""");
            s.executeUpdate("INSERT INTO change_set (id, description, created_at) VALUES (1, 'kind', CURRENT_TIMESTAMP)");
            s.executeUpdate("""
                    INSERT INTO figure_change (change_set_id, figure_id, field_name, old_value, new_value, changed_at)
                    VALUES (1, 70, 'KIND', 'achievement', 'target', CURRENT_TIMESTAMP)""");
        }

        try (Store store = Store.open(dir)) {
            DocumentRecord doc = store.documents().get(7).orElseThrow();
            assertThat(doc.region()).isEqualTo("辽源市");
            assertThat(doc.year()).isEqualTo(2022);
            assertThat(doc.figureCount()).isEqualTo(1); // counts kept on the row since V3, filled by the migration
            assertThat(doc.reviewedCount()).isEqualTo(1);
            FigureRecord figure = store.figures().get(70).orElseThrow();
            assertThat(figure.current().kind().id()).isEqualTo("target");
            assertThat(figure.machine().kind().id()).isEqualTo("achievement");
            assertThat(store.figures().history(70)).hasSize(1);
            assertThat(store.figures().undo()).isPresent();
            assertThat(store.figures().get(70).orElseThrow().current().kind().id()).isEqualTo("achievement");
            // new rows get ids after the migrated ones
            long next = store.documents().insert(StoreTestData.document("new"), StoreTestData.machineFigures());
            assertThat(next).isNotEqualTo(7);
        }
    }
}
