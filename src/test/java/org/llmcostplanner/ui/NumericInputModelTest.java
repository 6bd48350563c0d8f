package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.InputField;

class NumericInputModelTest {

    private final DoubleProperty volume = new SimpleDoubleProperty(1000);
    private final NumericInputModel row = new NumericInputModel("requestsPerDay", "Requests per day", "req/day", "tip",
            volume, InputField.REQUESTS_PER_DAY::check, SliderSpans.of(InputField.REQUESTS_PER_DAY));

    @Test
    void showsTheValueAsTextAndALogSliderPosition() {
        assertEquals("1,000", row.textProperty().get());
        assertEquals(3, row.sliderPositionProperty().get(), 1e-12);
    }

    @Test
    void committedValidTextMovesValueAndSlider() {
        row.textProperty().set("100000");
        assertTrue(row.commit());
        assertEquals(100_000, volume.get());
        assertEquals(5, row.sliderPositionProperty().get(), 1e-12);
        assertEquals("100,000", row.textProperty().get());
    }

    @Test
    void invalidTextIsRefusedWithAMessageNamingTheFieldAndRange() {
        row.textProperty().set("-5");
        assertEquals("Requests per day: -5 is out of range; allowed 0 … 1000000000", row.errorProperty().get());
        assertFalse(row.commit());
        assertEquals(1000, volume.get());
        row.textProperty().set("lots");
        assertFalse(row.commit());
        assertTrue(row.errorProperty().get().startsWith("Requests per day: \"lots\" is not a number"));
        assertEquals(1000, volume.get());
    }

    @Test
    void draggingTheSliderSetsARoundedValue() {
        row.sliderPositionProperty().set(Math.log10(3141.59));
        assertEquals(3140, volume.get());
        assertEquals("3,140", row.textProperty().get());
    }

    @Test
    void aTypedValueBeyondTheSlidersSpanIsKeptNotClamped() {
        row.textProperty().set("50,000,000");
        assertTrue(row.commit());
        assertEquals(50_000_000, volume.get());
        assertEquals(7, row.sliderPositionProperty().get(), 1e-12, "slider pinned at its end");
        assertEquals(50_000_000, volume.get(), "pinning the slider wrote nothing back");
    }

    @Test
    void leavingAnUntouchedFieldDoesNotRoundTheValue() {
        volume.set(365.0 / 12.0 * 1000);
        assertTrue(row.commit());
        assertEquals(365.0 / 12.0 * 1000, volume.get());
    }
}
