package org.llmcostplanner.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * How a chart writes money and numbers: the display currency, its rate from USD (the model computes
 * in USD; a chart converts only what it shows) and the locale whose grouping, decimal separator and
 * currency-symbol placement it follows ("$1,234" in the US, "1.234 €" in Germany).
 *
 * <p>{@link #USD} (dollars, US English) is the default of every chart, so the CLI's exports stay
 * what they were; the window passes the user's currency and locale.
 */
public final class ChartMoney {

    /** Dollars in US English: what the CLI exports and every chart show unless told otherwise. */
    public static final ChartMoney USD = new ChartMoney("USD", 1, Locale.US);

    private final String currency;
    private final double rateFromUsd;
    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final String prefix;
    private final String suffix;
    private final int fractionDigits;

    /**
     * @param currency    ISO 4217 code, e.g. "EUR"
     * @param rateFromUsd units of {@code currency} per USD, finite and above 0 (1 for USD)
     * @param locale      whose number and currency style the labels follow
     */
    public ChartMoney(String currency, double rateFromUsd, Locale locale) {
        Currency c = Currency.getInstance(Objects.requireNonNull(currency, "currency"));
        if (!Double.isFinite(rateFromUsd) || rateFromUsd <= 0) {
            throw new IllegalArgumentException("the rate from USD must be finite and above 0, was " + rateFromUsd);
        }
        this.currency = currency;
        this.rateFromUsd = rateFromUsd;
        this.locale = Objects.requireNonNull(locale, "locale");
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        // Where the locale puts the symbol and with what space: "$" before in English, " €" after in German.
        DecimalFormat style = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        style.setCurrency(c);
        String before = style.getPositivePrefix();
        // A symbol of letters ("CHF") would run into the digits ("CHF1,234"): keep them apart.
        this.prefix = !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1)) ? before + '\u00a0' : before;
        this.suffix = style.getPositiveSuffix();
        this.fractionDigits = Math.max(0, c.getDefaultFractionDigits());
    }

    public String currency() {
        return currency;
    }

    public double rateFromUsd() {
        return rateFromUsd;
    }

    public Locale locale() {
        return locale;
    }

    /** An amount the model computed in USD, in the display currency. */
    public double fromUsd(double usd) {
        return usd * rateFromUsd;
    }

    /** The locale's separators (a copy is not needed: DecimalFormat copies what it is given). */
    DecimalFormatSymbols symbols() {
        return symbols;
    }

    /** What goes before the digits: "$", "€", "CHF " or nothing. */
    String prefix() {
        return prefix;
    }

    /** What goes after the digits: nothing, " €" (with a no-break space). */
    String suffix() {
        return suffix;
    }

    /** Decimals of the currency's minor unit: 2 for USD and EUR, 0 for JPY. */
    int fractionDigits() {
        return fractionDigits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartMoney m && m.currency.equals(currency)
                && Double.compare(m.rateFromUsd, rateFromUsd) == 0 && m.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, rateFromUsd, locale);
    }

    @Override
    public String toString() {
        return currency + " at " + rateFromUsd + " per USD, " + locale.toLanguageTag();
    }
}
