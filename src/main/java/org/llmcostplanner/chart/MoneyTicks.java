package org.llmcostplanner.chart;

import java.io.Serializable;
import java.text.NumberFormat;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * Money axes in the display currency while their data stays in USD.
 *
 * <p>Why the axis and not the data: the model, the baseline curves, the uncertainty bands, the bar
 * totals and every annotation speak USD; converting the data would mean converting each of them
 * (and forgetting one draws a band off its curve). Instead a money axis keeps USD coordinates and
 * only its tick spacing and labels think in the display currency: ticks fall on round amounts of
 * that currency (250 € lies at 250 / 0.92 USD) and read them ("250 €"). Break-even and
 * current-volume markers sit on the volume axis and are not touched at all. At USD the axes are
 * set exactly as before, so the CLI's exports do not change.
 */
final class MoneyTicks {

    private MoneyTicks() {
    }

    /**
     * A round top for an axis showing amounts up to {@code maxUsd}: 1, 1.2, 1.5, 2, … × 10^k in
     * the display currency, returned in USD. In USD when the converted amount overflows.
     */
    static double niceCeil(double maxUsd, ChartMoney money) {
        double shown = money.fromUsd(maxUsd);
        if (!Double.isFinite(shown)) {
            return CostChart.niceCeil(maxUsd);
        }
        if (money.rateFromUsd() == 1) {
            return CostChart.niceCeil(shown);
        }
        // A hair above the round top: in USD, 6,000 € / 0.92 may fall one rounding step below
        // 6 × (1,000 € / 0.92), and JFreeChart would drop the top tick and its label.
        double top = CostChart.niceCeil(shown * (1 - 1e-12)) / money.rateFromUsd() * (1 + 1e-12);
        return Double.isFinite(top) ? top : CostChart.niceCeil(maxUsd); // a rate far below 1 at the edge of double
    }

    /**
     * A tick unit giving about six to ten ticks up to {@code maxUsd}, round in the display
     * currency, labelled by {@link Formats#moneyAxis}.
     */
    static NumberTickUnit unit(double maxUsd, ChartMoney money) {
        NumberFormat format = Formats.moneyAxis(maxUsd, money);
        double shown = money.fromUsd(maxUsd);
        if (!Double.isFinite(shown) || money.rateFromUsd() == 1) {
            return new NumberTickUnit(CostChart.niceStep(maxUsd / 8), format);
        }
        // shown came back from USD (a top of 10,000 € may read 10,000.000000002): not a reason for a bigger step.
        double step = CostChart.niceStep(shown / 8 * (1 - 1e-9)) / money.rateFromUsd();
        return new NumberTickUnit(Double.isFinite(step) && step > 0 ? step : CostChart.niceStep(maxUsd / 8), format);
    }

    /**
     * Sets an auto-ticked money axis (tornado, heatmap legend) to label {@code money}: its labels
     * converted, and its automatic tick sizes round in the display currency. At a rate of 1 the
     * tick sizes are JFreeChart's own, as before.
     */
    static void apply(NumberAxis axis, ChartMoney money) {
        NumberFormat format = Formats.money(money);
        axis.setNumberFormatOverride(format);
        axis.setStandardTickUnits(money.rateFromUsd() == 1 ? NumberAxis.createStandardTickUnits() : new Units(money, format));
    }

    /**
     * JFreeChart's own automatic tick sizes, taken in the display currency and handed to the axis in
     * USD: a euro axis gets the steps a dollar axis of the same amounts would get (…, 20, 50, 100 …).
     */
    static final class Units implements TickUnitSource, Serializable {
        private static final long serialVersionUID = 1L;
        /** A size computed back and forth (x / rate × rate) is still the same step. */
        private static final double SAME = 1 - 1e-9;
        private final NumberTickUnitSource shown = new NumberTickUnitSource(false);
        private final double rate;
        private final NumberFormat format;

        Units(ChartMoney money, NumberFormat format) {
            this.rate = money.rateFromUsd();
            this.format = format;
        }

        @Override
        public TickUnit getCeilingTickUnit(double sizeUsd) {
            return inUsd(shown.getCeilingTickUnit(sizeUsd * rate * SAME));
        }

        @Override
        public TickUnit getCeilingTickUnit(TickUnit unit) {
            return getCeilingTickUnit(unit.getSize());
        }

        @Override
        public TickUnit getLargerTickUnit(TickUnit unit) {
            TickUnit ceiling = shown.getCeilingTickUnit(unit.getSize() * rate * SAME);
            return inUsd(shown.getLargerTickUnit(ceiling));
        }

        private NumberTickUnit inUsd(TickUnit inShown) {
            return new NumberTickUnit(inShown.getSize() / rate, format);
        }
    }
}
