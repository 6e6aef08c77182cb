package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.Confidence;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.FieldEvidence;
import com.reportworkbench.text.MetadataCue;
import com.reportworkbench.text.MetadataEvidence;
import com.reportworkbench.text.MetadataField;
import com.reportworkbench.text.MetadataState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata evidence, region codes, bulk edits and their undo. */
class StoreMetadataTest {
    @TempDir
    Path dir;

    private static NewDocument document(String sha, DocumentMetadata m, MetadataEvidence evidence) {
        return new NewDocument(sha + ".txt", "/tmp/" + sha, sha, "txt", "UTF-8", StoreTestData.TEXT, m, List.of(), evidence);
    }

    private static final MetadataEvidence DOUBTFUL_YEAR = new MetadataEvidence(Map.of(
            MetadataField.REGION, new FieldEvidence(MetadataCue.SPEAKER, "我代表国务院", Confidence.SURE),
            MetadataField.YEAR, new FieldEvidence(MetadataCue.FILE_NAME, "report_1998.txt", Confidence.DOUBTFUL,
                    "review heading: 一、1998年工作回顾 → 1999")));

    @Test
    void evidenceAndRegionCodeAreStoredAndTheListMarksDoubtfulAndMissingMetadata() {
        try (Store store = Store.open(dir)) {
            long national = store.documents().insert(document("a", new DocumentMetadata(null, "全国", AdminLevel.NATIONAL,
                    null, 1998), DOUBTFUL_YEAR), List.of());
            long fine = store.documents().insert(document("b", new DocumentMetadata(null, "白山市江源区", AdminLevel.COUNTY,
                    null, 2024), MetadataEvidence.none()), List.of());
            long missing = store.documents().insert(document("c", new DocumentMetadata(null, null, AdminLevel.COUNTY,
                    null, null), MetadataEvidence.none()), List.of());

            assertThat(store.documents().evidence(national)).isEqualTo(DOUBTFUL_YEAR);
            assertThat(store.documents().get(national).orElseThrow().regionCode()).isEqualTo("100000");
            assertThat(store.documents().get(fine).orElseThrow().regionCode()).isEqualTo("220605");
            assertThat(store.documents().get(national).orElseThrow().metadataState()).isEqualTo(MetadataState.DOUBTFUL);
            assertThat(store.documents().get(fine).orElseThrow().metadataState()).isEqualTo(MetadataState.OK);
            assertThat(store.documents().get(missing).orElseThrow().metadataState()).isEqualTo(MetadataState.MISSING);
        }
    }

    @Test
    void aBulkEditIsOneUndoableActionThatRestoresValuesAndEvidence() {
        try (Store store = Store.open(dir)) {
            long a = store.documents().insert(document("a", new DocumentMetadata("甲", null, null, null, 1998),
                    DOUBTFUL_YEAR), List.of());
            long b = store.documents().insert(document("b", new DocumentMetadata("乙", "吉林省", AdminLevel.PROVINCE,
                    null, 2024), MetadataEvidence.none()), List.of());

            long changeSet = store.documents().bulkUpdate("bulk", List.of(a, b),
                    new MetadataEdit("辽源市", null, AdminLevel.CITY, null));

            assertThat(changeSet).isPositive();
            DocumentRecord ra = store.documents().get(a).orElseThrow();
            assertThat(ra.region()).isEqualTo("辽源市");
            assertThat(ra.regionCode()).isEqualTo("220400");
            assertThat(ra.level()).isEqualTo(AdminLevel.CITY);
            assertThat(ra.year()).isEqualTo(1998); // not part of the edit
            assertThat(ra.title()).isEqualTo("甲");
            assertThat(store.documents().get(b).orElseThrow().region()).isEqualTo("辽源市");
            assertThat(store.documents().evidence(a).get(MetadataField.REGION).orElseThrow().cue())
                    .isEqualTo(MetadataCue.BULK_EDIT);

            assertThat(store.figures().undo()).hasValueSatisfying(r -> assertThat(r.changeSetId()).isEqualTo(changeSet));

            DocumentRecord back = store.documents().get(a).orElseThrow();
            assertThat(back.region()).isNull();
            assertThat(back.regionCode()).isNull();
            assertThat(back.level()).isNull();
            assertThat(store.documents().get(b).orElseThrow().region()).isEqualTo("吉林省");
            assertThat(store.documents().get(b).orElseThrow().regionCode()).isEqualTo("220000");
            assertThat(store.documents().evidence(a)).isEqualTo(DOUBTFUL_YEAR);

            store.figures().redo();
            assertThat(store.documents().get(b).orElseThrow().level()).isEqualTo(AdminLevel.CITY);
        }
    }

    @Test
    void anAnalystsCorrectionIsSureAndUndoable() {
        try (Store store = Store.open(dir)) {
            long a = store.documents().insert(document("a", new DocumentMetadata(null, "全国", AdminLevel.NATIONAL, null,
                    1998), DOUBTFUL_YEAR), List.of());

            store.documents().updateMetadata(a, new DocumentMetadata(null, "全国", AdminLevel.NATIONAL, null, 1999));

            assertThat(store.documents().get(a).orElseThrow().metadataState()).isEqualTo(MetadataState.OK);
            FieldEvidence year = store.documents().evidence(a).get(MetadataField.YEAR).orElseThrow();
            assertThat(year.cue()).isEqualTo(MetadataCue.ANALYST);
            assertThat(year.confidence()).isEqualTo(Confidence.SURE);
            assertThat(store.documents().evidence(a).get(MetadataField.REGION).orElseThrow().cue())
                    .isEqualTo(MetadataCue.SPEAKER); // unchanged fields keep their cue

            store.figures().undo();
            assertThat(store.documents().get(a).orElseThrow().year()).isEqualTo(1998);
            assertThat(store.documents().get(a).orElseThrow().metadataState()).isEqualTo(MetadataState.DOUBTFUL);
        }
    }

    @Test
    void anEditThatChangesNothingLeavesNoAction() {
        try (Store store = Store.open(dir)) {
            long a = store.documents().insert(document("a", new DocumentMetadata(null, "吉林省", AdminLevel.PROVINCE,
                    null, 2024), MetadataEvidence.none()), List.of());

            assertThat(store.documents().bulkUpdate("bulk", List.of(a), new MetadataEdit(null, null, AdminLevel.PROVINCE,
                    2024))).isZero();
            assertThat(store.figures().undo()).isEmpty();
        }
    }
}
