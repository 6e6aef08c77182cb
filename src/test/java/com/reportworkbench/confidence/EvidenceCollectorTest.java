package com.reportworkbench.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.ExtractionInput;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.RuleBasedExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence and flags of figures in invented sentences: each feature where it should be, and not elsewhere. */
class EvidenceCollectorTest {
    private static final RuleBasedExtractor EXTRACTOR = RuleBasedExtractor.create();
    private static final FigureAssessor ASSESSOR = FigureAssessor.standard();

    private static List<Assessment> assess(String text) {
        ExtractionInput in = ExtractionInput.of(text);
        List<Figure> figures = EXTRACTOR.extract(in);
        return ASSESSOR.assess(in, figures);
    }

    private static Assessment only(String text) {
        List<Assessment> all = assess(text);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void anExactSynonymRightBeforeItsNumberIsNeitherGuessNorFar() {
        Assessment a = only("全年地区生产总值增长6.5%。");
        assertThat(a.evidence().has("ind_exact")).isTrue();
        assertThat(a.flags()).doesNotContain(EvidenceFlags.INDICATOR_GUESS, EvidenceFlags.INDICATOR_FAR);
    }

    @Test
    void cuesOfBothSidesBeforeAFigureAreAConflict() {
        Assessment a = only("去年我们克服困难，力争实现工业产值增长9.3%。");
        assertThat(a.evidence().has("cue_conflict")).isTrue();
        assertThat(a.flags()).contains(EvidenceFlags.KIND_CONFLICT);
        Assessment plain = only("力争实现工业产值增长9.3%。");
        assertThat(plain.flags()).doesNotContain(EvidenceFlags.KIND_CONFLICT);
    }

    @Test
    void aBareMultiplierIsABareNumber() {
        Assessment a = only("全市招商规模突破300亿。");
        assertThat(a.flags()).contains(EvidenceFlags.BARE_NUMBER);
        assertThat(only("全市新建学校12所。").flags()).doesNotContain(EvidenceFlags.BARE_NUMBER);
    }

    @Test
    void debrisCharactersNearAFigureAreSeen() {
        Assessment a = only("新建||道路##120公里。");
        assertThat(a.flags()).contains(EvidenceFlags.DEBRIS_NEAR);
        assertThat(only("新建道路120公里。").flags()).doesNotContain(EvidenceFlags.DEBRIS_NEAR);
    }

    /**
     * Compound Chinese numerals are marked as such; whether they lower the confidence is the fit's call
     * (since the numeral parsing was fixed, the calibration pool finds them no worse than digits).
     */
    @Test
    void compoundChineseNumeralsAreSeen() {
        Assessment hard = only("全年粮食产量达到三亿七千零六十二万吨。");
        Assessment easy = only("全年粮食产量达到37062万吨。");
        assertThat(hard.evidence().has("chinese_compound")).isTrue();
        assertThat(hard.evidence().has("chinese_numeral")).isTrue();
        assertThat(easy.evidence().has("chinese_compound")).isFalse();
        assertThat(easy.evidence().has("chinese_numeral")).isFalse();
    }

    @Test
    void confidenceIsAProbability() {
        for (Assessment a : assess("全年地区生产总值增长6.5%，规模以上工业增加值增长8%，新建学校12所。")) {
            assertThat(a.confidence()).isStrictlyBetween(0.0, 1.0);
        }
    }

    @Test
    void evidenceSurvivesItsTextForm() {
        Assessment a = only("去年我们克服困难，力争实现工业产值增长9.3%。");
        assertThat(Evidence.decode(a.evidence().encode()).values()).isEqualTo(a.evidence().values());
    }

    private static List<Assessment> assessIn(String text, int reportYear) {
        ExtractionInput in = new ExtractionInput(text, List.of(), null, reportYear);
        return ASSESSOR.assess(in, EXTRACTOR.extract(in));
    }

    @Test
    void aYearLongBeforeTheReportInTheFiguresClauseIsSeen() {
        List<Assessment> old = assessIn("积累率在一九七八年高达百分之三十六点五。", 1986);
        assertThat(old).isNotEmpty();
        assertThat(old.get(0).evidence().has("clause_year_old")).isTrue();
        assertThat(old.get(0).evidence().has("era_old")).isTrue();
        List<Assessment> recent = assessIn("2025年地区生产总值增长5.2%。", 2026);
        assertThat(recent.get(0).evidence().has("clause_year_old")).isFalse();
        assertThat(recent.get(0).evidence().has("era_old")).isFalse();
    }

    @Test
    void theFromSideOfAChangeIsSeenAndNotItsToSide() {
        List<Assessment> both = assessIn("全市农民人均纯收入由2700元增加到4630元。", 2026);
        assertThat(both).hasSize(2);
        assertThat(both.get(0).evidence().has("from_side")).isTrue();
        assertThat(both.get(1).evidence().has("from_side")).isFalse();
    }

    @Test
    void aTargetWithoutAGoalWordAndAPairedListAreSeen() {
        Assessment paired = assessIn("全年接待游客人次、旅游总收入分别增长12.5%、9.3%。", 2026).get(1);
        assertThat(paired.evidence().has("respectively")).isTrue();
        Assessment goal = assessIn("力争地区生产总值增长6%左右。", 2026).get(0);
        assertThat(goal.evidence().has("target_no_goal_cue")).isFalse();
    }

    @Test
    void aNumberCutAtAThousandsCommaIsSeen() {
        List<Assessment> cut = assessIn("全年粮食产量33，212万吨，比上年增加2,737万吨。", 1980);
        assertThat(cut).anySatisfy(a -> assertThat(a.evidence().has("split_thousands")).isTrue());
        List<Assessment> clean = assessIn("全年粮食产量3321万吨，比上年增加273万吨。", 1980);
        assertThat(clean).noneSatisfy(a -> assertThat(a.evidence().has("split_thousands")).isTrue());
    }
}
