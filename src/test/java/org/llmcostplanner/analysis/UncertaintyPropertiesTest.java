package org.llmcostplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.llmcostplanner.model.CostModel;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

class UncertaintyPropertiesTest {

    private static final double[] VOLUMES = {0, 50, 300, 1_000, 3_000, 10_000, 50_000, 200_000};

    @Provide
    Arbitrary<Scenario> scenarios() {
        return TestScenarios.scenarios();
    }

    @Provide
    Arbitrary<List<InputField>> fields() {
        return Arbitraries.of(InputField.values()).list().uniqueElements().ofMinSize(1).ofMaxSize(4);
    }

    /** Ranges from −spread to +spread around each field's value, clamped to its valid range. */
    private static List<InputRange> rangesAround(Scenario s, List<InputField> fields, double spread) {
        List<InputRange> ranges = new ArrayList<>();
        for (InputField f : fields) {
            double v = f.get(s);
            double lo = Sensitivity.clamp(f, v * (1 - spread));
            double hi = Sensitivity.clamp(f, v * (1 + spread) + (v == 0 ? 1 : 0));
            ranges.add(new InputRange(f, Math.min(lo, v), Math.max(hi, v)));
        }
        return ranges;
    }

    private static boolean within(double x, double lo, double hi) {
        double slack = 1e-9 * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
        return x >= lo - slack && x <= hi + slack;
    }

    @Property(tries = 150)
    void bandsContainThePointEstimate(@ForAll("scenarios") Scenario s, @ForAll("fields") List<InputField> fields) {
        UncertaintyResult r = Uncertainty.analyse(s, rangesAround(s, fields, 0.3), VOLUMES);
        for (Curve c : Curve.values()) {
            Band b = r.band(c);
            for (int i = 0; i < VOLUMES.length; i++) {
                int at = i;
                assertTrue(within(b.point()[i], b.low()[i], b.high()[i]),
                        () -> c + " at " + VOLUMES[at] + ": " + b.point()[at] + " not in " + b.low()[at] + " … " + b.high()[at]);
            }
        }
    }

    /** The corner argument itself: any point inside the box of monotone ranges stays inside the band. */
    @Property(tries = 150)
    void anyScenarioInsideExactRangesStaysInsideTheBands(@ForAll("scenarios") Scenario s,
                                                        @ForAll("fields") List<InputField> fields,
                                                        @ForAll long seed) {
        UncertaintyResult r = Uncertainty.analyse(s, rangesAround(s, fields, 0.5), VOLUMES);
        if (!r.exact()) {
            return;
        }
        Random random = new Random(seed);
        for (int trial = 0; trial < 5; trial++) {
            Scenario inside = s;
            for (InputRange range : r.ranges()) {
                inside = inside.with(range.input(), range.low() + (range.high() - range.low()) * random.nextDouble());
            }
            CostModel m = CostModel.of(inside);
            for (Curve c : Curve.values()) {
                Band b = r.band(c);
                for (int i = 0; i < VOLUMES.length; i++) {
                    double y = c.at(m, VOLUMES[i]);
                    int at = i;
                    assertTrue(within(y, b.low()[i], b.high()[i]),
                            () -> c + " at " + VOLUMES[at] + ": " + y + " not in " + b.low()[at] + " … " + b.high()[at]);
                }
            }
            Double be = Sensitivity.breakEven(m);
            if (r.breakEvenLow() != null && be != null) {
                assertTrue(be >= r.breakEvenLow() * (1 - 1e-9));
            }
            if (r.breakEvenHigh() != null) {
                assertTrue(be != null && be <= r.breakEvenHigh() * (1 + 1e-9) + 1e-9);
            }
        }
    }

    @Property(tries = 50)
    void zeroWidthRangesGiveZeroWidthBands(@ForAll("scenarios") Scenario s) {
        double rate = s.ops().devRatePerHour();
        UncertaintyResult r = Uncertainty.analyse(s,
                List.of(new InputRange(InputField.DEV_RATE_PER_HOUR, rate, rate)), VOLUMES);
        for (Curve c : Curve.values()) {
            Band b = r.band(c);
            for (int i = 0; i < VOLUMES.length; i++) {
                assertTrue(b.low()[i] == b.point()[i] && b.high()[i] == b.point()[i]);
            }
        }
    }
}
