package org.llmcostplanner.analysis;

import java.util.Comparator;
import java.util.List;
import org.llmcostplanner.model.InputField;

/**
 * A tornado: every numeric input moved by ±P %, bars sorted by break-even swing, largest first
 * (ties by savings swing, then input order).
 *
 * @param percent       P
 * @param baseBreakEven the scenario's with-ops break-even, req/day; null = never
 * @param baseSavings   the scenario's monthly savings at its volume
 * @param bars          one per input that was moved
 * @param skipped       inputs at 0, where ±P % is still 0 (no swing to show)
 */
public record Tornado(double percent, Double baseBreakEven, double baseSavings, List<TornadoBar> bars,
                      List<InputField> skipped) {

    /** Break-even swing, then savings swing, largest first; then the inputs' own order. */
    public static final Comparator<TornadoBar> BY_BREAK_EVEN_SWING =
            Comparator.comparingDouble(TornadoBar::breakEvenSwing).reversed()
                    .thenComparing(Comparator.comparingDouble(TornadoBar::savingsSwing).reversed())
                    .thenComparing(TornadoBar::input);

    /** Savings swing, largest first; then the inputs' own order. */
    public static final Comparator<TornadoBar> BY_SAVINGS_SWING =
            Comparator.comparingDouble(TornadoBar::savingsSwing).reversed().thenComparing(TornadoBar::input);

    public Tornado {
        bars = List.copyOf(bars);
        skipped = List.copyOf(skipped);
    }

    /** The same bars sorted for the monthly-savings tornado. */
    public List<TornadoBar> barsBySavingsSwing() {
        return bars.stream().sorted(BY_SAVINGS_SWING).toList();
    }
}
