package com.reportworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The benchmark runs end to end on a small count and reports its numbers as JSON (no timing asserted). */
class ExportBenchmarkTest {
    @Test
    void smallRunReportsJson() throws Exception {
        ExportBenchmark.Result result = ExportBenchmark.run(2_500);
        JsonNode json = new ObjectMapper().readTree(result.toJson());
        assertThat(json.get("export_figures").asInt()).isEqualTo(2_500);
        assertThat(json.has("export_seconds")).isTrue();
        assertThat(json.get("peak_heap_mb").asDouble()).isPositive();
        assertThat(json.get("file_mb").asDouble()).isPositive();
        assertThat(json.has("direct_export_seconds")).isTrue();
    }
}
