package org.llmcostplanner.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as people type and read them, in the user's locale: "1,000", "0.2", "30.4167", "1e6"
 * in English; "1.000", "0,2" in German; "1 000", "0,2" in French. Whatever {@link #format} shows,
 * {@link #parse} reads back in the same locale. (Files and reports never use this: they are
 * fixed to '.' decimals.)
 */
public final class NumberText {

    private static final int SHOWN_SIGNIFICANT_DIGITS = 6;
    private static final int SLIDER_SIGNIFICANT_DIGITS = 3;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /**
     * The last locale's format, per thread (DecimalFormat is not thread-safe). Every slider step
     * formats a number or two, and building a DecimalFormat with its locale's symbols each time
     * was a visible part of the step in a profile.
     */
    private static final ThreadLocal<LocaleFormat> FORMAT = new ThreadLocal<>();

    private record LocaleFormat(Locale locale, DecimalFormat format, DecimalFormatSymbols symbols) {
    }

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
        return forLocale(locale).format().format(rounded);
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
        DecimalFormatSymbols symbols = forLocale(locale).symbols();
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
        if (s.isEmpty() || !NUMBER.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(s));
    }

    private static LocaleFormat forLocale(Locale locale) {
        LocaleFormat f = FORMAT.get();
        if (f == null || !f.locale().equals(locale)) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            f = new LocaleFormat(locale, new DecimalFormat("#,##0.##########", symbols), symbols);
            FORMAT.set(f);
        }
        return f;
    }

    /** Rounds a dragged slider value to three significant digits, so files and labels stay tidy. */
    public static double roundForSlider(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(SLIDER_SIGNIFICANT_DIGITS)).doubleValue();
    }
}
