package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract} also flags what one report says against itself: two values of one indicator and year. */
class ExtractFlagsTest {
    @TempDir
    Path dir;

    @Test
    void twoGrowthRatesOfOneIndicatorAndYearAreFlaggedOnBoth() throws Exception {
        Path file = dir.resolve("invented.txt");
        Files.writeString(file, "甲县2024年政府工作报告\n一、2023年工作回顾\n过去一年，全县地区生产总值增长5.2%，固定资产投资增长8%。\n"
                + "农业稳中有进，全县地区生产总值增长6.1%。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%。\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", file.toString());
        assertThat(run.exit()).isZero();
        List<String> flagged = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            JsonNode n = new ObjectMapper().readTree(line);
            List<String> flags = new ArrayList<>();
            n.get("flags").forEach(f -> flags.add(f.asText()));
            (flags.contains("two_values_same_year") ? flagged : clean).add(n.get("text").asText());
        }
        assertThat(flagged).containsExactlyInAnyOrder("5.2%", "6.1%");
        assertThat(clean).contains("8%", "6%");
    }
}
