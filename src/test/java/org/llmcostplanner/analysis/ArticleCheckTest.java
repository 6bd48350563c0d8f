package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class ArticleCheckTest {

    private final Scenario seed = TestScenarios.seed();

    private static ArticleFigure row(List<ArticleFigure> rows, String claimStart) {
        return rows.stream().filter(f -> f.claim().startsWith(claimStart)).findFirst().orElseThrow();
    }

    @Test
    void withTwentyTwoDaysOnlyThe574The26HoursAndTheDropletDisagree() {
        List<ArticleFigure> wrong = ArticleCheck.disagreements(seed);
        assertEquals(3, wrong.size(), wrong::toString);
        ArticleFigure net = row(wrong, "Net savings at 10,000 req/day, $26");
        assertEquals(454, net.modelValue(), 1e-9);
        assertTrue(net.note().contains("$574 needs 1 ops hours, not 3"), net.note());
        ArticleFigure hours = row(wrong, "Ops hours that eat");
        assertEquals(46 / 60.0, hours.modelValue(), 1e-9);
        assertTrue(row(wrong, "GPU able to hold Llama 3.2 90B").modelValue() > 555);
    }

    @Test
    void theSpecTableFiguresAgreeAtTwentyTwoDays() {
        List<ArticleFigure> rows = ArticleCheck.check(seed);
        assertEquals(6.60, row(rows, "API cost at 100").modelValue(), 1e-9);
        assertEquals(660, row(rows, "API cost at 10,000").modelValue(), 1e-9);
        assertEquals(20 / 0.066, row(rows, "Raw break-even, req/day").modelValue(), 1e-6);
        assertEquals(200 / 0.066, row(rows, "Break-even with ops").modelValue(), 1e-6);
        assertEquals(46, row(rows, "Raw savings at 1,000").modelValue(), 1e-9);
        assertEquals(420, row(rows, "Net savings at 10,000 req/day, $60").modelValue(), 1e-9);
        assertEquals(360 / 460.0, row(rows, "Payback").modelValue(), 1e-9);
        assertTrue(row(rows, "Billing days").agrees());
    }

    @Test
    void withTheDefaultMonthTheApiCostsAndBreakEvensDoNotComeOut() {
        Scenario defaultMonth = seed.with(InputField.BILLING_DAYS_PER_MONTH, 365.0 / 12);
        List<ArticleFigure> rows = ArticleCheck.check(defaultMonth);
        ArticleFigure days = row(rows, "Billing days");
        assertFalse(days.agrees());
        assertTrue(days.note().contains("22-day (business-day) month"), days.note());
        assertFalse(row(rows, "API cost at 100").agrees());
        assertFalse(row(rows, "Raw break-even, req/day").agrees());
        assertFalse(row(rows, "Break-even with ops").agrees());
        assertTrue(row(rows, "Monthly ops at 2 h").agrees()); // does not depend on the month
    }

    @Test
    void aPromptRampShowsInThePaybackNoteButNotInTheSixHourFigure() {
        ArticleFigure payback = row(ArticleCheck.check(seed.with(InputField.RAMP_DAYS, 4)), "Payback");
        assertTrue(payback.agrees());
        assertTrue(payback.note().contains("4-day prompt ramp"), payback.note());
    }
}
