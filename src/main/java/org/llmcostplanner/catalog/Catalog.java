package org.llmcostplanner.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An immutable list of priced entries, looked up by name (ignoring case and surrounding spaces).
 * Names are unique: when two lists are merged, the later list's entry replaces the earlier one
 * in place, which is how a user's own entry overrides a built-in price of the same name.
 */
public final class Catalog {

    private final Map<String, CatalogEntry> byName;

    private Catalog(Map<String, CatalogEntry> byName) {
        this.byName = byName;
    }

    /** A catalog of these entries; a later entry replaces an earlier one with the same name. */
    public static Catalog of(List<? extends CatalogEntry> entries) {
        Map<String, CatalogEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(key(e.name()), e));
        return new Catalog(map);
    }

    /** The built-in entries overridden and extended by the user's own. */
    public static Catalog merge(Catalog base, List<? extends CatalogEntry> overrides) {
        List<CatalogEntry> all = new ArrayList<>(base.entries());
        all.addAll(overrides);
        return of(all);
    }

    public List<CatalogEntry> entries() {
        return List.copyOf(byName.values());
    }

    public List<ApiModelPrice> apiModels() {
        List<ApiModelPrice> out = new ArrayList<>();
        byName.values().forEach(e -> {
            if (e instanceof ApiModelPrice a) {
                out.add(a);
            }
        });
        return out;
    }

    public List<GpuOffer> gpuOffers() {
        List<GpuOffer> out = new ArrayList<>();
        byName.values().forEach(e -> {
            if (e instanceof GpuOffer g) {
                out.add(g);
            }
        });
        return out;
    }

    public int size() {
        return byName.size();
    }

    public Optional<CatalogEntry> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
    }

    /** Days since the named entry's price was checked, relative to {@code today}; empty when unknown. */
    public OptionalLong ageInDays(String name, LocalDate today) {
        return find(name).map(e -> OptionalLong.of(e.ageInDays(today))).orElse(OptionalLong.empty());
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
