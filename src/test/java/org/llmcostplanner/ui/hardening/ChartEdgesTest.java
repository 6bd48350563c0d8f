package org.llmcostplanner.ui.hardening;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.llmcostplanner.chart.ChartKind;
import org.llmcostplanner.chart.ChartPngExporter;
import org.llmcostplanner.chart.CostCurves;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

/**
 * Found by the window's numerical edges. With a utilization near zero the flat-billing instance
 * steps are narrower than a double can count, and sampling the cost curve looped forever on the
 * FX thread (a frozen window). With figures beyond ±1.8e308 the breakdown chart's labels threw on
 * the FX thread (and refused to export). Every chart must draw for every valid scenario.
 */
class ChartEdgesTest {

    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 1e-300, 1e-200, 1e-30, 1e-12, 1e-9, 0.05, 1})
    void costCurveSamplingFinishesForAnyUtilization(double utilization) {
        Scenario s = Presets.seedArticle().with(InputField.OUTPUT_TOKENS_PER_SECOND, 50)
                .with(InputField.UTILIZATION, utilization);
        CostCurves curves = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CostCurves.sample(CostModel.of(s), 1e9));
        assertTrue(curves.size() >= 2, "sampled " + curves.size());
        for (int i = 1; i < curves.size(); i++) {
            assertTrue(curves.volume(i) >= curves.volume(i - 1), "volumes in order");
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e308, Double.MAX_VALUE})
    void everyChartDrawsWhenFiguresOverflow(double outputPrice) {
        Scenario s = Presets.seedArticle().with(InputField.OUTPUT_PRICE_PER_MTOK, outputPrice)
                .with(InputField.REQUESTS_PER_DAY, 1e9).with(InputField.DEV_RATE_PER_HOUR, Double.MAX_VALUE);
        for (ChartKind kind : ChartKind.values()) {
            java.awt.image.BufferedImage image = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> ChartPngExporter.render(kind, s, 320, 200), kind.name());
            assertTrue(image.getWidth() == 320 && image.getHeight() == 200, kind.name());
        }
    }
}
