package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.chart.ChartKind;

class ExportChartViewModelTest {

    private final ExportChartViewModel model = new ExportChartViewModel(new ExportRequest(ChartKind.COST, 1920, 1080));

    @Test
    void validSizeGivesARequestForTheChosenChart() {
        model.chartProperty().set(ChartKind.BREAKDOWN);
        model.widthTextProperty().set("800");
        assertEquals(new ExportRequest(ChartKind.BREAKDOWN, 800, 1080), model.request().orElseThrow());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void sizeOutsideTheAllowedPixelsIsRefused() {
        model.heightTextProperty().set("50");
        assertTrue(model.request().isEmpty());
        assertTrue(model.errorProperty().get().startsWith("Height must be a whole number of pixels"));
        model.heightTextProperty().set("600.5");
        assertTrue(model.request().isEmpty());
    }
}
