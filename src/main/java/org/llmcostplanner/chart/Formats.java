package org.llmcostplanner.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Number formats for chart text. Fixed to US English: the charts end up in slide decks and the
 * model's money is USD, so "$1,234" should not turn into "1.234 $" on a German desktop.
 */
public final class Formats {

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private Formats() {
    }

    /** Requests/day for axis ticks and labels: 1, 10, 100, 1k, 10k, 1.5M. */
    public static NumberFormat volume() {
        return new Compact("", false);
    }

    /** USD for labels: $0, $250, $1,500, $12k, $1.2M. */
    public static NumberFormat usd() {
        return new Compact("$", true);
    }

    /** USD for the ticks of an axis up to {@code max}: all in k once the top reaches $10k, so ticks match. */
    public static NumberFormat usdAxis(double max) {
        Compact f = new Compact("$", true);
        f.compactFrom = max >= 10_000 ? 1000 : 10_000;
        return f;
    }

    /** A volume as a label reads it: exact below 10,000 ("3,030"), three digits above ("12.3k"). */
    public static String volumeText(double v) {
        return new Compact("", true).format(v);
    }

    /** USD as a label reads it: "$46", "$1,234", "$12.3k"; cents when under $10 ("$6.60"). */
    public static String usdText(double usd) {
        if (Math.abs(usd) < 10 && usd != Math.rint(usd)) {
            return (usd < 0 ? "-$" : "$") + new DecimalFormat("0.00", US).format(Math.abs(usd));
        }
        return usd().format(usd);
    }

    /** Months with one decimal: "0.8", "12.5". */
    public static String monthsText(double months) {
        return new DecimalFormat("#,##0.#", US).format(months);
    }

    /** What a label shows for a figure too large to compute. */
    public static final String NOT_COMPUTABLE = "n/a";

    /** Plain grouped numbers below 10,000; k/M/B with up to three significant digits above. */
    private static final class Compact extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final String prefix;
        private final boolean groupSmall;
        private double compactFrom = 10_000;

        Compact(String prefix, boolean groupSmall) {
            this.prefix = prefix;
            this.groupSmall = groupSmall;
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
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
                DecimalFormat f = new DecimalFormat(number < 10 && number != Math.rint(number) ? "#,##0.#" : "#,##0", US);
                return out.append(f.format(number));
            }
            String[] suffix = {"k", "M", "B", "T"};
            double scaled = number;
            int i = -1;
            while (scaled >= 1000 && i < suffix.length - 1) {
                scaled /= 1000;
                i++;
            }
            DecimalFormat f = new DecimalFormat(scaled >= 100 ? "0" : scaled >= 10 ? "0.#" : "0.##", US);
            return out.append(f.format(scaled)).append(suffix[i]);
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
