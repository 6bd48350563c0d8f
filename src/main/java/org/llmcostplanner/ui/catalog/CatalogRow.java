package org.llmcostplanner.ui.catalog;

import java.time.LocalDate;
import java.util.Locale;
import org.llmcostplanner.catalog.ApiModelPrice;
import org.llmcostplanner.catalog.CatalogEntry;
import org.llmcostplanner.catalog.GpuOffer;
import org.llmcostplanner.ui.NumberText;

/**
 * One catalog entry as the Prices table shows it, with its age on a given day.
 *
 * @param user  the user's own entry (editable), not a built-in one
 * @param stale checked more than {@link #STALE_AFTER_DAYS} days before the day shown
 */
public record CatalogRow(CatalogEntry entry, boolean user, String kind, String price, String origin,
                         String checkedText, long ageDays, boolean stale) {

    /** Prices older than about half a year are flagged: API and GPU prices move faster than that. */
    public static final long STALE_AFTER_DAYS = 180;

    static CatalogRow of(CatalogEntry e, boolean user, LocalDate today) {
        long age = e.ageInDays(today);
        boolean stale = age > STALE_AFTER_DAYS;
        return new CatalogRow(e, user, (e instanceof ApiModelPrice ? "API" : "GPU") + (user ? " \u00b7 yours" : ""), priceText(e),
                user ? "yours" : "built in", (stale ? "\u26a0 " : "") + ageText(e.checked(), age), age, stale);
    }

    public String name() {
        return entry.name();
    }

    public String provider() {
        return entry.provider();
    }

    public String source() {
        return entry.source();
    }

    public String confidence() {
        return entry.confidence().jsonName();
    }

    /** The table's shorter form (its header says what it is): "⚠ 2026-05-28 (183 days)". */
    public String ageColumnText() {
        return (stale ? "\u26a0 " : "") + entry.checked() + " (" + ageDays + (Math.abs(ageDays) == 1 ? " day)" : " days)");
    }

    public boolean isApi() {
        return entry instanceof ApiModelPrice;
    }

    /** "checked 2026-05-28, 183 days ago" (or "today", "1 day ago", "in 3 days" for a future date). */
    static String ageText(LocalDate checked, long age) {
        String when;
        if (age == 0) {
            when = "today";
        } else if (age > 0) {
            when = age + (age == 1 ? " day ago" : " days ago");
        } else {
            when = "in " + (-age) + (age == -1 ? " day" : " days");
        }
        return "checked " + checked + ", " + when;
    }

    static String priceText(CatalogEntry e) {
        if (e instanceof ApiModelPrice a) {
            String text = money(a.inputPricePerMTok()) + " in / " + money(a.outputPricePerMTok()) + " out";
            return a.cachedInputPricePerMTok() == null ? text
                    : text + " (cache " + money(a.cachedInputPricePerMTok()) + ")";
        }
        GpuOffer g = (GpuOffer) e;
        String memory = NumberText.format(g.memoryGb()) + " GB" + (g.gpuCount() > 1 ? " \u00d7" + g.gpuCount() : "");
        return money(g.hourlyRate()) + "/h \u00b7 " + memory;
    }

    private static String money(double usd) {
        return "$" + (usd >= 0.01 || usd == 0 ? String.format(Locale.ROOT, "%,.2f", usd) : NumberText.format(usd, 3));
    }
}
