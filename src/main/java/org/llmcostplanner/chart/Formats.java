package org.llmcostplanner.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Number formats for chart text. Each comes in the chart's {@link ChartMoney} (its currency,
 * rate from USD and locale); the forms without one are dollars in US English, what the CLI's
 * exports have always shown ("$1,234", never "1.234 $"), so those stay byte for byte the same.
 */
public final class Formats {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private Formats() {
    }

    /** Requests/day for axis ticks and labels: 1, 10, 100, 1k, 10k, 1.5M. */
    public static NumberFormat volume() {
        return volume(Locale.US);
    }

    /** Requests/day for axis ticks in {@code locale}: "1.5M", German "1,5M". */
    public static NumberFormat volume(Locale locale) {
        return new Compact(DecimalFormatSymbols.getInstance(locale), "", "", 1, false);
    }

    /** USD for labels: $0, $250, $1,500, $12k, $1.2M. */
    public static NumberFormat usd() {
        return money(ChartMoney.USD);
    }

    /**
     * Amounts given in USD, shown converted in the display currency: "€1,380", "1.380 €", "12,3k €".
     * For the ticks of a money axis too: the axis keeps its data in USD, its labels read the currency.
     */
    public static NumberFormat money(ChartMoney money) {
        return new Compact(money.symbols(), money.prefix(), money.suffix(), money.rateFromUsd(), true);
    }

    /** USD for the ticks of an axis up to {@code max}: all in k once the top reaches $10k, so ticks match. */
    public static NumberFormat usdAxis(double max) {
        return moneyAxis(max, ChartMoney.USD);
    }

    /**
     * The ticks of a money axis up to {@code maxUsd}: all in k once the top reaches 10k in the
     * display currency, so neighbouring ticks read alike.
     */
    public static NumberFormat moneyAxis(double maxUsd, ChartMoney money) {
        Compact f = (Compact) money(money);
        f.compactFrom = money.fromUsd(maxUsd) >= 10_000 ? 1000 : 10_000;
        return f;
    }

    /** A volume as a label reads it: exact below 10,000 ("3,030"), three digits above ("12.3k"). */
    public static String volumeText(double v) {
        return volumeText(v, Locale.US);
    }

    /** A volume as a label reads it in {@code locale}: "3,030" / "3.030", "12.3k" / "12,3k". */
    public static String volumeText(double v, Locale locale) {
        return new Compact(DecimalFormatSymbols.getInstance(locale), "", "", 1, true).format(v);
    }

    /** USD as a label reads it: "$46", "$1,234", "$12.3k"; cents when under $10 ("$6.60"). */
    public static String usdText(double usd) {
        return moneyText(usd, ChartMoney.USD);
    }

    /**
     * An amount given in USD as a label reads it in the display currency: "€42", "1.234 €",
     * "12,3k €"; with the currency's minor unit when under 10 ("6,07 €"; yen have none).
     */
    public static String moneyText(double usd, ChartMoney money) {
        double shown = Compact.converted(usd, money.rateFromUsd());
        if (Double.isFinite(shown) && Math.abs(shown) < 10 && shown != Math.rint(shown) && money.fractionDigits() > 0) {
            String pattern = "0." + "0".repeat(money.fractionDigits());
            return (shown < 0 ? "-" : "") + money.prefix()
                    + new DecimalFormat(pattern, money.symbols()).format(Math.abs(shown)) + money.suffix();
        }
        return money(money).format(usd);
    }

    /** Months with one decimal: "0.8", "12.5". */
    public static String monthsText(double months) {
        return monthsText(months, Locale.US);
    }

    /** Months with one decimal in {@code locale}: "12.5", German "12,5". */
    public static String monthsText(double months, Locale locale) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale)).format(months);
    }

    /** What a label shows for a figure too large to compute. */
    public static final String NOT_COMPUTABLE = "n/a";

    /** Plain grouped numbers below 10,000; k/M/B with up to three significant digits above. */
    private static final class Compact extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private static final MathContext SHOWN = new MathContext(12);
        private final DecimalFormatSymbols symbols;
        private final String prefix;
        private final String suffix;
        private final double rate;
        private final boolean groupSmall;
        private double compactFrom = 10_000;

        Compact(DecimalFormatSymbols symbols, String prefix, String suffix, double rate, boolean groupSmall) {
            this.symbols = symbols;
            this.prefix = prefix;
            this.suffix = suffix;
            this.rate = rate;
            this.groupSmall = groupSmall;
        }

        /**
         * {@code value × rate}, rounded to 12 significant digits: a tick at 250 € lies at
         * 250 / 0.92 USD, and multiplied back gives 249.99999999999997, which must still read
         * "250" (and 9,999.99… must still count as 10k). At rate 1 the value is left exactly as is.
         */
        static double converted(double value, double rate) {
            if (rate == 1 || !Double.isFinite(value * rate)) {
                return value * rate;
            }
            return new BigDecimal(value * rate).round(SHOWN).doubleValue();
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            number = converted(number, rate);
            if (!Double.isFinite(number)) {
                // A figure that overflowed (prices near 1.8e308): say so instead of failing to index a suffix.
                return out.append(NOT_COMPUTABLE);
            }
            if (number < 0) {
                out.append('-');
                number = -number;
            }
            out.append(prefix);
            if (number < compactFrom && (groupSmall || number < 1000)) {
                DecimalFormat f = new DecimalFormat(number < 10 && number != Math.rint(number) ? "#,##0.#" : "#,##0",
                        symbols);
                return out.append(f.format(number)).append(suffix);
            }
            String[] unit = {"k", "M", "B", "T"};
            double scaled = number;
            int i = -1;
            while (scaled >= 1000 && i < unit.length - 1) {
                scaled /= 1000;
                i++;
            }
            DecimalFormat f = new DecimalFormat(scaled >= 100 ? "0" : scaled >= 10 ? "0.#" : "0.##", symbols);
            return out.append(f.format(scaled)).append(unit[i]).append(suffix);
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null; // display only
        }
    }
}
