package com.reportworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTextTest {
    @Test
    void controlCharactersCannotSplitOrForgeALine() {
        String escaped = LineText.escape("a\nimported\tb\rc\u001b[31m\u0000\u2028d");
        assertThat(escaped).isEqualTo("a\\nimported\\tb\\rc\\u001b[31m\\u0000\\u2028d");
        assertThat(escaped.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void ordinaryPathsAndChineseAreUnchanged() {
        assertThat(LineText.escape("/data/报告/2024年 政府工作报告.docx")).isEqualTo("/data/报告/2024年 政府工作报告.docx");
        assertThat(LineText.escape(null)).isEmpty();
    }
}
