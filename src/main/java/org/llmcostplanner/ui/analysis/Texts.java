package org.llmcostplanner.ui.analysis;

import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.ui.FigureText;
import org.llmcostplanner.ui.NumberText;

/** Wording shared by the analysis views, built on the headline's {@link FigureText}. */
final class Texts {

    private Texts() {
    }

    /** "3,030 req/day", or "never" for null. */
    static String volume(Double requestsPerDay) {
        return requestsPerDay == null ? FigureText.NEVER : FigureText.volume(requestsPerDay);
    }

    /** "$1,234.50" with a true minus sign for losses. */
    static String money(double usd) {
        return money(usd, Presentation.USD);
    }

    /** An amount computed in USD in the display currency: "$1,234.50", "1.135,74 €", a true minus sign for losses. */
    static String money(double usd, Presentation money) {
        String m = FigureText.monthlyMoney(usd, money);
        return m.substring(0, m.length() - "/month".length());
    }

    /** A value of an input with its unit: "3 h/month", "60 $/h". */
    static String value(InputField f, double v) {
        return NumberText.format(v) + " " + f.unit();
    }

    /** "12.5 months", "never" for null. */
    static String months(Double months) {
        return months == null ? FigureText.NEVER : FigureText.months(months);
    }
}
