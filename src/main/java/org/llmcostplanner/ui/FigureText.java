package org.llmcostplanner.ui;

import java.util.Locale;
import java.util.OptionalDouble;

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
        if (!Double.isFinite(usd)) {
            return TOO_LARGE;
        }
        String amount = String.format(Locale.ROOT, "$%,.2f", Math.abs(usd));
        return (usd < 0 ? "\u2212" : "") + amount + "/month";
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
