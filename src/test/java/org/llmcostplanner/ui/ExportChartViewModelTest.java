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

    @Test
    void pngScaleMultipliesThePixelsAndIsCheckedAgainstTheLargestImage() {
        model.scaleProperty().set(3);
        ExportRequest r = model.request().orElseThrow();
        assertEquals(new ExportRequest(ChartKind.COST, 1920, 1080, 3, ExportRequest.Format.PNG), r);
        assertEquals(5760, r.pixelWidth());
        assertEquals("5760 \u00d7 3240 pixels", model.pixelSizeProperty().get());
        model.widthTextProperty().set("4000");
        assertTrue(model.request().isEmpty());
        assertTrue(model.errorProperty().get().contains("12000"), model.errorProperty().get());
    }

    @Test
    void svgIgnoresTheScaleAndCsvNeedsNoSize() {
        model.scaleProperty().set(3);
        model.formatProperty().set(ExportRequest.Format.SVG);
        assertEquals(new ExportRequest(ChartKind.COST, 1920, 1080, 1, ExportRequest.Format.SVG),
                model.request().orElseThrow());
        model.formatProperty().set(ExportRequest.Format.CSV);
        model.widthTextProperty().set("oops");
        assertEquals("", model.errorProperty().get());
        assertEquals(ExportRequest.Format.CSV, model.request().orElseThrow().format());
    }
}
