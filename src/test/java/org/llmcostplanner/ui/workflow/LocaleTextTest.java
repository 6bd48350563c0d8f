package org.llmcostplanner.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.io.Presentation;
import org.llmcostplanner.ui.FigureText;
import org.llmcostplanner.ui.NumberText;

/** Numbers in the user's locale: what the fields show, they read back; money in the chosen currency. */
class LocaleTextTest {

    private static final Locale[] LOCALES = {Locale.US, Locale.GERMANY, Locale.FRANCE, new Locale("de", "CH"),
            new Locale("hi", "IN"), Locale.JAPAN};
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void germanNumbersUseCommaDecimalsAndPointGrouping() {
        assertEquals("1.234.567,5", NumberText.format(1234567.5, 8, Locale.GERMANY));
        assertEquals(1234567.5, NumberText.parse("1.234.567,5", Locale.GERMANY).getAsDouble());
        assertEquals(0.2, NumberText.parse("0,2", Locale.GERMANY).getAsDouble());
        assertEquals(1e6, NumberText.parse("1e6", Locale.GERMANY).getAsDouble());
        assertTrue(NumberText.parse("1,2,3", Locale.GERMANY).isEmpty());
    }

    @Test
    void frenchGroupingSpacesReadBack() {
        String shown = NumberText.format(1234567, 7, Locale.FRANCE);
        assertTrue(shown.startsWith("1") && shown.endsWith("567") && shown.length() == 9, shown);
        assertEquals(1234567, NumberText.parse(shown, Locale.FRANCE).getAsDouble());
    }

    @Property(tries = 300)
    void whatAFieldShowsItReadsBackInEveryLocale(@ForAll @DoubleRange(min = 0, max = 1e9) double v) {
        for (Locale l : LOCALES) {
            String shown = NumberText.format(v, 6, l);
            double read = NumberText.parse(shown, l).orElseThrow();
            assertEquals(Double.parseDouble(NumberText.format(v, 6, Locale.ROOT).replace(",", "")), read,
                    Math.abs(read) * 1e-12, l + ": " + shown);
        }
    }

    @Test
    void moneyIsConvertedAndWrittenTheUsersWay() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertEquals("\u221292,00\u00a0\u20ac/month", FigureText.monthlyMoney(-100, new Presentation("EUR", 0.92)));
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("\u00a336.80/month", FigureText.monthlyMoney(46, new Presentation("GBP", 0.8)));
        assertEquals("\u2212$134.00/month", FigureText.monthlyMoney(-134));
    }
}
