package org.llmcostplanner.ui.compare;

import java.util.Locale;
import java.util.OptionalDouble;
import org.llmcostplanner.ui.FigureText;
import org.llmcostplanner.ui.NumberText;

/** How a change between two scenarios reads: "3,031 → 2,100 req/day (−931)", "+$180.00/month". */
final class DeltaText {

    static final String MINUS = "\u2212";

    private DeltaText() {
    }

    /** A volume from → to, with the signed difference when both exist; "unchanged" when equal. */
    static String volumeChange(OptionalDouble from, OptionalDouble to) {
        if (from.isEmpty() && to.isEmpty()) {
            return "never (unchanged)";
        }
        if (from.isPresent() && to.isPresent()) {
            if (same(from.getAsDouble(), to.getAsDouble())) {
                return number(to.getAsDouble()) + "/day (unchanged)";
            }
            double diff = to.getAsDouble() - from.getAsDouble();
            return number(from.getAsDouble()) + " \u2192 " + number(to.getAsDouble()) + "/day ("
                    + sign(diff) + number(Math.abs(diff)) + ")";
        }
        return (from.isPresent() ? number(from.getAsDouble()) : FigureText.NEVER) + " \u2192 "
                + (to.isPresent() ? number(to.getAsDouble()) + "/day" : FigureText.NEVER);
    }

    /** A monthly amount from → to, with the signed difference. */
    static String moneyChange(double from, double to) {
        if (same(from, to)) {
            return compactMoney(to) + "/mo (unchanged)";
        }
        double diff = to - from;
        return compactMoney(from) + " \u2192 " + compactMoney(to) + "/mo (" + sign(diff) + compactMoney(Math.abs(diff)) + ")";
    }

    /** "+931 req/day", "−931 req/day". */
    static String signedVolume(double diff) {
        return sign(diff) + NumberText.format(Math.abs(diff), 5) + " req/day";
    }

    /** "+$180.00", "−$180.00". */
    static String signedMoney(double diff) {
        return sign(diff) + String.format(Locale.ROOT, "$%,.2f", Math.abs(diff));
    }

    /** "+1.5 months". */
    static String signedMonths(double diff) {
        return sign(diff) + NumberText.format(Math.abs(diff), 3) + " months";
    }

    /** Whole dollars from $100 on (cents would not change a decision there), else cents: for the strip. */
    static String compactMoney(double usd) {
        String amount = Math.abs(usd) >= 100 ? String.format(Locale.ROOT, "$%,.0f", Math.abs(usd))
                : String.format(Locale.ROOT, "$%,.2f", Math.abs(usd));
        return (usd < 0 ? MINUS : "") + amount;
    }

    static String money(double usd) {
        return (usd < 0 ? MINUS : "") + String.format(Locale.ROOT, "$%,.2f", Math.abs(usd));
    }

    /** Four significant digits: enough to tell scenarios apart, short enough for the strip. */
    private static String number(double v) {
        return NumberText.format(v, 4);
    }

    private static String sign(double diff) {
        return diff < 0 ? MINUS : "+";
    }

    /** Equal up to rounding noise, so an unchanged input never shows "+0.00". */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
