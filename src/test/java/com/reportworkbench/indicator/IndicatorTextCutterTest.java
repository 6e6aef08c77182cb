package com.reportworkbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stopword trimming of indicator texts, with a small dictionary in place of jieba's. */
class IndicatorTextCutterTest {
    /** Log probabilities as jieba keeps them; unknown words get the minimum. */
    private static final Map<String, Double> WORDS = Map.of(
            "近海", -11.0, "海水", -10.5, "水质", -10.0, "达到", -8.0, "完成", -8.5, "成人", -10.7,
            "人工", -10.2, "造林", -11.5, "增加值", -10.4, "加值", -16.8);

    private final IndicatorTextCutter cutter = new IndicatorTextCutter(new IndicatorTextCutter.Dictionary() {
        @Override
        public boolean contains(String word) {
            return WORDS.containsKey(word);
        }

        @Override
        public double logFreq(String word) {
            return WORDS.getOrDefault(word, word.length() == 1 ? -9.0 : -17.2);
        }
    });

    @Test
    void stopwordsLeaveBothEnds() {
        assertThat(cutter.cut("全年完成人工造林")).isEqualTo("人工造林");
        assertThat(cutter.cut("污水处理率达")).isEqualTo("污水处理率");
        assertThat(cutter.cut("危房改造量从")).isEqualTo("危房改造量");
    }

    @Test
    void aStopwordThatStartsAWordStays() {
        // 近 is a hedge, but 近海 is a word: the name keeps it
        assertThat(cutter.cut("近海水质优良比例")).isEqualTo("近海水质优良比例");
        // 增加 is a verb, but 增加值 is one word
        assertThat(cutter.cut("工业增加值")).isEqualTo("工业增加值");
    }

    @Test
    void cachesCanBeCleared() {
        assertThat(cutter.cut("全年完成人工造林")).isEqualTo("人工造林");
        cutter.clearCache();
        assertThat(cutter.cut("全年完成人工造林")).isEqualTo("人工造林");
    }
}
