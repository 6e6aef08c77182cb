package com.reportworkbench.confidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Adds {@code confidence} and {@code flags} (and, on request, the evidence) to a figure's JSON line. */
public final class ConfidenceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private ConfidenceJson() {
    }

    public static String withAssessment(String figureLine, Assessment a) {
        return withAssessment(figureLine, a, java.util.List.of(), null);
    }

    /**
     * @param moreFlags flags of the consistency checks, after those of the evidence
     * @param unitFamily when not null, the line also carries the evidence and this unit family (offline fit) */
    public static String withAssessment(String figureLine, Assessment a, java.util.List<String> moreFlags, String unitFamily) {
        try {
            ObjectNode n = (ObjectNode) MAPPER.readTree(figureLine);
            n.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
            ArrayNode flags = n.putArray("flags");
            a.flags().forEach(flags::add);
            moreFlags.forEach(flags::add);
            if (unitFamily != null) {
                n.put("evidence", a.evidence().encode());
                n.put("family", unitFamily);
            }
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot extend figure line " + figureLine, e);
        }
    }
}
