package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void formatsWithGroupingAndSixSignificantDigits() {
        assertEquals("1,000", NumberText.format(1000));
        assertEquals("0.2", NumberText.format(0.2));
        assertEquals("30.4167", NumberText.format(365.0 / 12));
        assertEquals("0", NumberText.format(0));
    }

    @Test
    void parsesGroupedAndScientificText() {
        assertEquals(1_000_000, NumberText.parse("1,000,000").getAsDouble());
        assertEquals(1e6, NumberText.parse(" 1e6 ").getAsDouble());
        assertEquals(-5, NumberText.parse("-5").getAsDouble());
        assertTrue(NumberText.parse("NaN").isEmpty());
        assertTrue(NumberText.parse("12abc").isEmpty());
        assertTrue(NumberText.parse("").isEmpty());
    }
}
