package org.llmcostplanner.io;

import java.util.Currency;
import java.util.Locale;

/**
 * How a scenario's money is shown (scenario file v2, section {@code presentation}): a currency and
 * its exchange rate from USD. Display only: every figure is computed, saved and reported in USD;
 * a view multiplies by the rate when it shows a number.
 *
 * @param currency        ISO 4217 code, e.g. "EUR"
 * @param usdExchangeRate units of {@code currency} per USD, e.g. 0.92; exactly 1 for "USD"
 */
public record Presentation(String currency, double usdExchangeRate) {

    /** Above any real rate (the weakest currencies trade in the tens of thousands per USD). */
    public static final double MAX_RATE = 1e9;

    /** The default: dollars, shown as they are computed. */
    public static final Presentation USD = new Presentation("USD", 1);

    public Presentation {
        String problem = currencyProblem(currency);
        if (problem == null) {
            problem = rateProblem(currency, usdExchangeRate);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** An amount in USD converted for display. */
    public double fromUsd(double usd) {
        return usd * usdExchangeRate;
    }

    /** Null when the code is a known ISO 4217 code, else what is wrong with it. */
    public static String currencyProblem(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return "must be an ISO 4217 currency code of three capital letters, e.g. \"EUR\"";
        }
        try {
            Currency.getInstance(code);
            return null;
        } catch (IllegalArgumentException e) {
            return "\"" + code + "\" is not an ISO 4217 currency code";
        }
    }

    /** Null when the rate is usable for this currency, else what is wrong with it. */
    public static String rateProblem(String code, double rate) {
        if (!Double.isFinite(rate) || rate <= 0 || rate > MAX_RATE) {
            return (Double.isFinite(rate) ? number(rate) : "the value") + " is out of range; allowed (0, "
                    + number(MAX_RATE) + "] units of the currency per USD";
        }
        if ("USD".equals(code) && rate != 1) {
            return number(rate) + " is not the rate of USD to itself; allowed 1";
        }
        return null;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v) : Double.toString(v);
    }
}
