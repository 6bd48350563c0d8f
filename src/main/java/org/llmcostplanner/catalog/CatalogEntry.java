package org.llmcostplanner.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.llmcostplanner.model.Scenario;

/**
 * One priced item of the catalog: a hosted API model or a rentable GPU offer. Every entry says
 * where its price comes from, when it was checked and how far to trust it, because prices move.
 */
public sealed interface CatalogEntry permits ApiModelPrice, GpuOffer {

    /** "api" or "gpu", as written in JSON. */
    String kind();

    /** Unique (ignoring case) within a catalog; also the label put into a scenario. */
    String name();

    String provider();

    String source();

    /** The day the price was last checked (the 1st of the month when only the month is known). */
    LocalDate checked();

    Confidence confidence();

    /** Free-text caveat, e.g. that only the month of checking is known; null when none. */
    String note();

    /** A copy of the scenario with this entry's prices and label filled in. */
    Scenario applyTo(Scenario scenario);

    /** How old the price is on {@code today}: whole days since {@link #checked()}. */
    default long ageInDays(LocalDate today) {
        return ChronoUnit.DAYS.between(checked(), today);
    }
}
