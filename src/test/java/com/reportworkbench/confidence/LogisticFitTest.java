package com.reportworkbench.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fit finds the rates it is given: calibrated on its own training data, and the penalty shrinks. */
class LogisticFitTest {

    /** Figures with "doubt" are right 60% of the time, the others 95%. */
    private static List<LogisticFit.Example> examples(int n, long seed) {
        Random r = new Random(seed);
        List<LogisticFit.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean doubt = r.nextBoolean();
            boolean right = r.nextDouble() < (doubt ? 0.6 : 0.95);
            out.add(new LogisticFit.Example(new Evidence(Map.of("doubt", doubt ? 1.0 : 0.0, "noise", r.nextDouble())), right));
        }
        return out;
    }

    @Test
    void recoversTheRateOfEachGroup() {
        ConfidenceModel m = new LogisticFit(0.01).fit(examples(20_000, 1), "test");
        double withDoubt = m.probability(new Evidence(Map.of("doubt", 1.0, "noise", 0.5)));
        double without = m.probability(new Evidence(Map.of("noise", 0.5)));
        assertThat(withDoubt).isCloseTo(0.6, within(0.02));
        assertThat(without).isCloseTo(0.95, within(0.01));
        assertThat(Math.abs(m.weight("noise"))).isLessThan(0.3);
    }

    @Test
    void aStrongerPenaltyGivesSmallerWeights() {
        List<LogisticFit.Example> few = examples(200, 2);
        double loose = Math.abs(new LogisticFit(0.01).fit(few, "a").weight("doubt"));
        double tight = Math.abs(new LogisticFit(50).fit(few, "b").weight("doubt"));
        assertThat(tight).isLessThan(loose);
    }

    @Test
    void aModelSurvivesItsTextForm() {
        ConfidenceModel m = new LogisticFit(1).fit(examples(500, 3), "t");
        ConfidenceModel back = ConfidenceModel.parse(m.toTsv(), "back");
        Evidence e = new Evidence(Map.of("doubt", 1.0, "noise", 0.3));
        assertThat(back.probability(e)).isCloseTo(m.probability(e), within(1e-5));
    }

    @Test
    void theBundledModelLoads() {
        assertThat(ConfidenceModel.bundled().weights()).containsKey(ConfidenceModel.BIAS);
    }
}
