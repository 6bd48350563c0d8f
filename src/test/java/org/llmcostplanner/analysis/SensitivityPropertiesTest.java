package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class SensitivityPropertiesTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return TestScenarios.scenarios();
    }

    @Property(tries = 200)
    void atZeroPercentNothingSwings(@ForAll("scenarios") Scenario s) {
        Tornado t = Sensitivity.tornado(s, 0);
        for (TornadoBar b : t.bars()) {
            assertEquals(0, b.breakEvenSwing(), b.input()::toString);
            assertEquals(0, b.savingsSwing(), b.input()::toString);
            assertEquals(t.baseBreakEven(), b.breakEvenLow());
        }
    }

    @Property(tries = 200)
    void everyInputIsEitherABarOrSkippedAndBarsAreSorted(@ForAll("scenarios") Scenario s,
                                                          @ForAll @DoubleRange(min = 0, max = 100) double percent) {
        Tornado t = Sensitivity.tornado(s, percent);
        assertEquals(InputField.values().length, t.bars().size() + t.skipped().size());
        List<TornadoBar> bars = t.bars();
        for (int i = 1; i < bars.size(); i++) {
            assertTrue(Tornado.BY_BREAK_EVEN_SWING.compare(bars.get(i - 1), bars.get(i)) <= 0);
        }
        for (TornadoBar b : bars) {
            assertTrue(b.input().isValid(b.lowValue()) && b.input().isValid(b.highValue()), b.input()::toString);
            assertTrue(b.lowValue() <= b.baseValue() && b.baseValue() <= b.highValue(), b.input()::toString);
        }
    }
}
