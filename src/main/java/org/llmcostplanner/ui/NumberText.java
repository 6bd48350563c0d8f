package org.llmcostplanner.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers as people type and read them, in the user's locale: "1,000", "0.2", "30.4167", "1e6"
 * in English; "1.000", "0,2" in German; "1 000", "0,2" in French. Whatever {@link #format} shows,
 * {@link #parse} reads back in the same locale. (Files and reports never use this: they are
 * fixed to '.' decimals.)
 */
public final class NumberText {

    private static final int SHOWN_SIGNIFICANT_DIGITS = 6;
    private static final int SLIDER_SIGNIFICANT_DIGITS = 3;

    private NumberText() {
    }

    /** The locale numbers are shown in: the user's format locale. */
    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** The value with grouping and at most six significant digits, trailing zeros dropped. */
    public static String format(double value) {
        return format(value, SHOWN_SIGNIFICANT_DIGITS);
    }

    public static String format(double value, int significantDigits) {
        return format(value, significantDigits, locale());
    }

    public static String format(double value, int significantDigits, Locale locale) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significantDigits)).stripTrailingZeros();
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(locale));
        return f.format(rounded);
    }

    /** Parses typed text in the user's locale; see {@link #parse(String, Locale)}. */
    public static OptionalDouble parse(String text) {
        return parse(text, locale());
    }

    /**
     * Parses typed text: the locale's grouping separator, underscores and spaces are ignored, its
     * decimal separator is the decimal point ('.' also counts where it is not the grouping
     * separator). Empty when not a number.
     */
    public static OptionalDouble parse(String text, Locale locale) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char grouping = symbols.getGroupingSeparator();
        char decimal = symbols.getDecimalSeparator();
        StringBuilder cleaned = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c == grouping || c == '_' || Character.isSpaceChar(c)) {
                continue;
            }
            cleaned.append(c == decimal ? '.' : c == '\u2212' ? '-' : c);
        }
        String s = cleaned.toString();
        if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(s));
    }

    /** Rounds a dragged slider value to three significant digits, so files and labels stay tidy. */
    public static double roundForSlider(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(SLIDER_SIGNIFICANT_DIGITS)).doubleValue();
    }
}
