package org.llmcostplanner.ui;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.OptionalDouble;
import org.llmcostplanner.io.Presentation;

/** The headline's wording of numbers: volumes, money, months, "never". */
public final class FigureText {

    public static final String NEVER = "never";
    /** For a figure beyond ±1.8e308: every input is finite, but e.g. a price near the limit times a volume is not. */
    public static final String TOO_LARGE = "too large to compute";

    private FigureText() {
    }

    public static String volume(OptionalDouble requestsPerDay) {
        return requestsPerDay.isPresent() ? volume(requestsPerDay.getAsDouble()) : NEVER;
    }

    public static String volume(double requestsPerDay) {
        if (!Double.isFinite(requestsPerDay)) {
            return TOO_LARGE;
        }
        return NumberText.format(requestsPerDay, 5) + " req/day";
    }

    /** "$46.00/month", "−$134.00/month" (a true minus sign, so a loss is not mistaken for a dash). */
    public static String monthlyMoney(double usd) {
        return monthlyMoney(usd, Presentation.USD);
    }

    /**
     * An amount computed in USD, converted to the display currency and written the user's way:
     * "€42.32/month" in English, "42,32 €/month" in German.
     */
    public static String monthlyMoney(double usd, Presentation money) {
        double shown = money.fromUsd(usd);
        if (!Double.isFinite(shown)) {
            return TOO_LARGE;
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(NumberText.locale());
        f.setCurrency(Currency.getInstance(money.currency()));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return (shown < 0 ? "\u2212" : "") + f.format(Math.abs(shown)) + "/month";
    }

    public static String months(double months) {
        if (Double.isNaN(months)) {
            return NEVER;
        }
        if (Double.isInfinite(months)) {
            return TOO_LARGE;
        }
        return NumberText.format(months, 3) + (months == 1 ? " month" : " months");
    }

    public static String billingDays(double days) {
        if (!Double.isFinite(days)) {
            return TOO_LARGE;
        }
        return NumberText.format(days, 4) + " billing days/month";
    }
}
