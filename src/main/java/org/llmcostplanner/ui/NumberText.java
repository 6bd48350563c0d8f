package org.llmcostplanner.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers as people type and read them: "1,000", "0.2", "30.4167", "1e6". Fixed to the root
 * locale (comma grouping, point decimals) so files, reports and the window agree.
 */
public final class NumberText {

    private static final int SHOWN_SIGNIFICANT_DIGITS = 6;
    private static final int SLIDER_SIGNIFICANT_DIGITS = 3;
    /**
     * One format per thread (DecimalFormat is not thread-safe): building it for every number cost
     * a symbols lookup and a pattern parse, several times per slider change for the headline.
     */
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private NumberText() {
    }

    /** The value with grouping and at most six significant digits, trailing zeros dropped. */
    public static String format(double value) {
        return format(value, SHOWN_SIGNIFICANT_DIGITS);
    }

    public static String format(double value, int significantDigits) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significantDigits)).stripTrailingZeros();
        return GROUPED.get().format(rounded);
    }

    /** Parses typed text; grouping commas, underscores and spaces are ignored. Empty when not a number. */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "").replace("\u00a0", "");
        if (cleaned.isEmpty() || !cleaned.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(cleaned));
    }

    /** Rounds a dragged slider value to three significant digits, so files and labels stay tidy. */
    public static double roundForSlider(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(SLIDER_SIGNIFICANT_DIGITS)).doubleValue();
    }
}
