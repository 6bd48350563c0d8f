package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Chart text in a display currency and locale; dollars in US English exactly as before. */
class FormatsMoneyTest {

    private static final String NBSP = "\u00a0";
    private static final ChartMoney EUR_DE = new ChartMoney("EUR", 0.92, Locale.GERMANY);
    private static final ChartMoney EUR_US = new ChartMoney("EUR", 0.92, Locale.US);

    /** Amounts around every boundary the formats switch at (10, 1,000, 10,000, k/M/B/T), signs, odd values. */
    private static List<Double> samples() {
        List<Double> v = new ArrayList<>(List.of(0.0, -0.0, 0.05, 0.5, 6.6, 9.99, 9.999, 10.0, 46.0, 250.0, 999.0,
                999.5, 1000.0, 1234.0, 1500.0, 9999.0, 9999.5, 10_000.0, 12_345.0, 99_950.0, 999_999.0, 1.2e6, 3.4e9,
                5.6e12, 7.8e15, -6.6, -134.0, -1234.0, -12_345.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MAX_VALUE));
        Random r = new Random(5);
        for (int i = 0; i < 2000; i++) {
            v.add((r.nextBoolean() ? -1 : 1) * Math.pow(10, r.nextDouble() * 14 - 2));
        }
        return v;
    }

    @Test
    void dollarsReadExactlyAsBeforeTheCurrencyCame() {
        for (double x : samples()) {
            assertEquals(Legacy.usdText(x), Formats.usdText(x), "usdText " + x);
            assertEquals(Legacy.usdText(x), Formats.moneyText(x, ChartMoney.USD), "moneyText " + x);
            assertEquals(Legacy.compact("$", true, 10_000).format(x), Formats.usd().format(x), "usd " + x);
            assertEquals(Legacy.compact("", false, 10_000).format(x), Formats.volume().format(x), "volume " + x);
            assertEquals(Legacy.compact("", true, 10_000).format(x), Formats.volumeText(x), "volumeText " + x);
            for (double max : new double[] {500, 9_999, 10_000, 2e6}) {
                assertEquals(Legacy.compact("$", true, max >= 10_000 ? 1000 : 10_000).format(x),
                        Formats.usdAxis(max).format(x), "usdAxis " + max + " " + x);
            }
            assertEquals(new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.US)).format(x),
                    Formats.monthsText(x));
        }
        // And the literal forms the charts have always shown.
        assertEquals("$1,234", Formats.usdText(1234));
        assertEquals("$12.3k", Formats.usdText(12_345));
        assertEquals("$6.60", Formats.usdText(6.6));
        assertEquals("-$134", Formats.usdText(-134));
        assertEquals("$5k", Formats.usdAxis(20_000).format(5000));
    }

    @Test
    void eurosInGermanFollowTheLocaleLikeTheHeadline() {
        assertEquals("920" + NBSP + "€", Formats.moneyText(1000, EUR_DE));
        assertEquals("1.135" + NBSP + "€", Formats.moneyText(1234, EUR_DE)); // 1,135.28
        assertEquals("11,4k" + NBSP + "€", Formats.moneyText(12_345, EUR_DE));
        assertEquals("1,1M" + NBSP + "€", Formats.moneyText(1.2e6, EUR_DE));
        assertEquals("6,07" + NBSP + "€", Formats.moneyText(6.6, EUR_DE)); // cents under 10
        assertEquals("-123" + NBSP + "€", Formats.moneyText(-134, EUR_DE));
        assertEquals("3.030", Formats.volumeText(3030, Locale.GERMANY));
        assertEquals("12,3k", Formats.volumeText(12_345, Locale.GERMANY));
        assertEquals("22,5", Formats.monthsText(22.5, Locale.GERMANY));
        assertEquals("n/a", Formats.moneyText(Double.MAX_VALUE, new ChartMoney("EUR", 1e9, Locale.GERMANY)));
    }

    @Test
    void eurosInUsEnglishPutTheSymbolFirst() {
        assertEquals("€920", Formats.moneyText(1000, EUR_US));
        assertEquals("€11.4k", Formats.moneyText(12_345, EUR_US));
        assertEquals("€6.07", Formats.moneyText(6.6, EUR_US));
        assertEquals("-€123", Formats.moneyText(-134, EUR_US));
        assertEquals("€1,135", Formats.money(EUR_US).format(1234));
    }

    @Test
    void lettersForASymbolStayApartFromTheDigitsAndYenHaveNoCents() {
        assertEquals("CHF" + NBSP + "880", Formats.moneyText(1000, new ChartMoney("CHF", 0.88, Locale.US)));
        ChartMoney yen = new ChartMoney("JPY", 150, Locale.US);
        assertEquals("¥150", Formats.moneyText(1, yen));
        assertEquals("¥7.5", Formats.moneyText(0.05, yen), "under 10 the compact form keeps one decimal");
        assertEquals("¥1.5M", Formats.moneyText(10_000, yen));
    }

    @Test
    void axisTicksAtRoundEurosReadRoundAfterTheRoundTripThroughUsd() {
        // A tick at 2,500 € lies at 2,500 / 0.92 USD; multiplied back it must still read "2,5k €", not "2.499,99…".
        double maxUsd = MoneyTicks.niceCeil(10_000, EUR_DE);
        assertEquals(10_000, EUR_DE.fromUsd(maxUsd), 1e-6, "the axis tops out at a round amount in euros");
        var unit = MoneyTicks.unit(maxUsd, EUR_DE);
        assertEquals(2000, EUR_DE.fromUsd(unit.getSize()), 1e-9);
        List<String> ticks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            ticks.add(unit.valueToString(i * unit.getSize()));
        }
        assertEquals(List.of("0" + NBSP + "€", "2k" + NBSP + "€", "4k" + NBSP + "€", "6k" + NBSP + "€",
                "8k" + NBSP + "€", "10k" + NBSP + "€"), ticks);
        // Small axes stay uncompacted below 10k, as in dollars.
        var small = MoneyTicks.unit(MoneyTicks.niceCeil(300, EUR_US), EUR_US);
        assertEquals("€50", small.valueToString(small.getSize() * 1));
        assertEquals("€250", small.valueToString(small.getSize() * 5));
    }

    @Test
    void theTopOfAMoneyAxisKeepsItsTickWhateverTheRate() {
        // JFreeChart draws floor(top / step) ticks: a top a rounding step short of the last tick loses its label.
        Random r = new Random(7);
        for (double rate : new double[] {0.92, 0.79, 1.37, 7.1, 149.5, 0.0123, 3.3}) {
            ChartMoney m = new ChartMoney("EUR", rate, Locale.US);
            for (int i = 0; i < 500; i++) {
                double maxUsd = Math.pow(10, r.nextDouble() * 8);
                double top = MoneyTicks.niceCeil(maxUsd, m);
                double step = MoneyTicks.unit(top, m).getSize();
                double ticks = top / step;
                // (The top need not be a tick: 15k with steps of 2k ends at 14k, in dollars too.)
                assertEquals(Math.floor(ticks + 1e-6), Math.floor(ticks), 0, "rate " + rate + ", max " + maxUsd
                        + ": " + ticks + " ticks, one lost to rounding");
            }
        }
    }

    @Test
    void autoTickSizesAreRoundInTheDisplayCurrency() {
        MoneyTicks.Units units = new MoneyTicks.Units(EUR_US, Formats.money(EUR_US));
        var ceiling = units.getCeilingTickUnit(120 / 0.92); // 120 € → 200 €
        assertEquals(200, EUR_US.fromUsd(ceiling.getSize()), 1e-9);
        assertEquals(500, EUR_US.fromUsd(units.getLargerTickUnit(ceiling).getSize()), 1e-9);
        assertEquals(200, EUR_US.fromUsd(units.getCeilingTickUnit(ceiling).getSize()), 1e-9, "a round size is its own ceiling");
    }

    @Test
    void aBadCurrencyOrRateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ChartMoney("XYZ1", 1, Locale.US));
        assertThrows(IllegalArgumentException.class, () -> new ChartMoney("EUR", 0, Locale.US));
        assertThrows(IllegalArgumentException.class, () -> new ChartMoney("EUR", Double.NaN, Locale.US));
        assertNotEquals(EUR_DE, EUR_US);
        assertEquals(EUR_DE, new ChartMoney("EUR", 0.92, Locale.GERMANY));
    }

    /** The dollar formats as they were before the display currency (copied from that commit): the oracle. */
    private static final class Legacy {
        private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

        static String usdText(double usd) {
            if (Math.abs(usd) < 10 && usd != Math.rint(usd)) {
                return (usd < 0 ? "-$" : "$") + new DecimalFormat("0.00", US).format(Math.abs(usd));
            }
            return compact("$", true, 10_000).format(usd);
        }

        static java.util.function.DoubleFunction<String> compactFn(String prefix, boolean groupSmall, double compactFrom) {
            return number -> {
                StringBuilder out = new StringBuilder();
                if (!Double.isFinite(number)) {
                    return "n/a";
                }
                if (number < 0) {
                    out.append('-');
                    number = -number;
                }
                out.append(prefix);
                if (number < compactFrom && (groupSmall || number < 1000)) {
                    DecimalFormat f = new DecimalFormat(number < 10 && number != Math.rint(number) ? "#,##0.#" : "#,##0", US);
                    return out.append(f.format(number)).toString();
                }
                String[] suffix = {"k", "M", "B", "T"};
                double scaled = number;
                int i = -1;
                while (scaled >= 1000 && i < suffix.length - 1) {
                    scaled /= 1000;
                    i++;
                }
                DecimalFormat f = new DecimalFormat(scaled >= 100 ? "0" : scaled >= 10 ? "0.#" : "0.##", US);
                return out.append(f.format(scaled)).append(suffix[i]).toString();
            };
        }

        static Formatter compact(String prefix, boolean groupSmall, double compactFrom) {
            return compactFn(prefix, groupSmall, compactFrom)::apply;
        }

        interface Formatter {
            String format(double v);
        }
    }
}
