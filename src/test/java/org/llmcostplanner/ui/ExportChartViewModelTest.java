package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExportChartViewModelTest {

    private final ExportChartViewModel model = new ExportChartViewModel(List.of("Cost", "Breakdown"),
            new ExportRequest(0, 1920, 1080));

    @Test
    void validSizeGivesARequestForTheChosenChart() {
        model.chartIndexProperty().set(1);
        model.widthTextProperty().set("800");
        assertEquals(new ExportRequest(1, 800, 1080), model.request().orElseThrow());
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
