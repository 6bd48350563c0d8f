package org.llmcostplanner.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a LiteLLM import produced: the chat models' prices and how many rows were skipped, by reason.
 */
public record LiteLlmImport(List<ApiModelPrice> entries, Map<SkipReason, Integer> skipped) {

    public LiteLlmImport {
        entries = List.copyOf(entries);
        Map<SkipReason, Integer> copy = new EnumMap<>(SkipReason.class);
        copy.putAll(skipped);
        skipped = Collections.unmodifiableMap(copy);
    }

    public int skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0);
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for the user, e.g. "Imported 812 chat models; skipped 1,409: 1 sample_spec row, …". */
    public String summary() {
        if (skipped.isEmpty()) {
            return "Imported " + entries.size() + " chat models; skipped none.";
        }
        String reasons = skipped.entrySet().stream()
                .map(e -> e.getValue() + " (" + e.getKey().description() + ")")
                .collect(Collectors.joining(", "));
        return "Imported " + entries.size() + " chat models; skipped " + skippedTotal() + ": " + reasons + ".";
    }
}
