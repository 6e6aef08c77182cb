package com.reportworkbench.text;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The evidence of each detected metadata field; a field without evidence was not detected. */
public record MetadataEvidence(Map<MetadataField, FieldEvidence> byField) {
    public MetadataEvidence {
        EnumMap<MetadataField, FieldEvidence> copy = new EnumMap<>(MetadataField.class);
        if (byField != null) {
            copy.putAll(byField);
        }
        byField = Collections.unmodifiableMap(copy);
    }

    public static MetadataEvidence none() {
        return new MetadataEvidence(Map.of());
    }

    public Optional<FieldEvidence> get(MetadataField field) {
        return Optional.ofNullable(byField.get(field));
    }

    /** A copy with one field's evidence replaced (or removed when {@code evidence} is null). */
    public MetadataEvidence with(MetadataField field, FieldEvidence evidence) {
        EnumMap<MetadataField, FieldEvidence> copy = new EnumMap<>(MetadataField.class);
        copy.putAll(byField);
        if (evidence == null) {
            copy.remove(field);
        } else {
            copy.put(field, evidence);
        }
        return new MetadataEvidence(copy);
    }

    /**
     * How the document's metadata stands for the list's mark: MISSING when region, level or year is empty,
     * DOUBTFUL when one of them is doubtful, else OK.
     */
    public MetadataState state(DocumentMetadata metadata) {
        if (metadata == null || metadata.region() == null || metadata.level() == null || metadata.year() == null) {
            return MetadataState.MISSING;
        }
        for (MetadataField f : new MetadataField[] {MetadataField.REGION, MetadataField.LEVEL, MetadataField.YEAR}) {
            FieldEvidence e = byField.get(f);
            if (e != null && e.confidence() == Confidence.DOUBTFUL) {
                return MetadataState.DOUBTFUL;
            }
        }
        return MetadataState.OK;
    }
}
