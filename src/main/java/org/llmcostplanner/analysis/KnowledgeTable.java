package org.llmcostplanner.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in facts the plausibility checks lean on: GPU offers (memory, price), open-model sizes
 * and hosted API list prices, each with its source and the date it was checked. Copied from the
 * team's facts file (shared/facts/prices-and-gpus.md); prices move, so every warning built on them
 * names the entry's source and date.
 */
public final class KnowledgeTable {

    /** Hours in an always-on month (24 × 365 / 12). */
    public static final double HOURS_PER_MONTH = 730;

    /**
     * A rentable GPU instance.
     *
     * @param name        GPU name, e.g. "H100"
     * @param provider    who rents it
     * @param gpus        GPUs in the instance
     * @param memoryGb    memory of one GPU, GB
     * @param hourlyUsd   on-demand USD per instance-hour
     * @param source      where the price comes from
     * @param checked     when it was checked
     * @param solid       false when the source is third-party or sources disagree
     */
    public record GpuOffer(String name, String provider, int gpus, double memoryGb, double hourlyUsd,
                           String source, String checked, boolean solid) {
        /** An always-on month of the instance. */
        public double monthlyUsd() {
            return hourlyUsd * HOURS_PER_MONTH;
        }

        public String describe() {
            return (gpus > 1 ? gpus + " × " : "") + name + " " + fmt(memoryGb) + " GB (" + provider + ", $"
                    + String.format(Locale.ROOT, "%.2f", hourlyUsd) + "/h, " + source + ", " + checked
                    + (solid ? "" : ", uncertain") + ")";
        }
    }

    /** An open model's size. */
    public record OpenModel(String name, double parametersBillions, List<String> aliases, String source,
                            String checked) {
    }

    /** A hosted API's list price, USD per million tokens. */
    public record ApiPrice(String name, double inputPerMTok, double outputPerMTok, List<String> aliases,
                           String source, String checked) {
    }

    private static final String DO = "DigitalOcean pricing docs";
    private static final String LITELLM = "LiteLLM model_prices_and_context_window.json";
    private static final String LITELLM_DATE = "2026-04-21";
    private static final String MODEL_SOURCE = "team facts file (model memory table)";

    public static final List<GpuOffer> GPU_OFFERS = List.of(
            new GpuOffer("H100", "DigitalOcean", 1, 80, 3.39, DO, "2026-05-28", true),
            new GpuOffer("H100", "DigitalOcean", 8, 80, 23.92, DO, "2026-05-28", true),
            new GpuOffer("L40S", "DigitalOcean", 1, 48, 1.57, DO, "2026-05-28", true),
            new GpuOffer("MI300X", "DigitalOcean", 1, 192, 1.99, DO, "2026-05-28", true),
            new GpuOffer("RTX 4000 Ada", "DigitalOcean", 1, 20, 0.76, DO, "2025-04-22", true),
            new GpuOffer("RTX 6000 Ada", "DigitalOcean", 1, 48, 1.89, DO, "2025-04-22", true),
            new GpuOffer("L4", "AWS us-east-1 (g6.xlarge)", 1, 24, 0.80, "third-party code quoting AWS", "2026-09", false),
            new GpuOffer("L4", "Modal", 1, 24, 0.80, "third-party page", "2026-05", false),
            new GpuOffer("L40S", "Modal", 1, 48, 1.95, "third-party page", "2026-05", false),
            new GpuOffer("A100", "Modal", 1, 80, 2.50, "third-party page", "2026-05", false),
            new GpuOffer("H100", "Modal", 1, 80, 3.95, "third-party page", "2026-05", false),
            new GpuOffer("H100 PCIe", "Lambda", 1, 80, 2.86, "third-party page", "2026-05", false),
            new GpuOffer("H100 SXM", "Lambda", 1, 80, 3.78, "third-party page", "2026-05", false),
            new GpuOffer("A100", "Lambda", 1, 40, 1.48, "third-party page", "2026-05", false),
            new GpuOffer("L4", "RunPod", 1, 24, 0.78, "third-party page", "2026-03", false),
            new GpuOffer("L40S", "RunPod", 1, 48, 1.40, "third-party page", "2026-03", false),
            new GpuOffer("A100", "RunPod", 1, 80, 2.10, "third-party page", "2026-03", false),
            new GpuOffer("H100 SXM", "RunPod", 1, 80, 4.76, "third-party page", "2026-03", false));

    public static final List<OpenModel> OPEN_MODELS = List.of(
            new OpenModel("Llama 3.1 8B", 8.0, List.of("llama 3 1 8b", "llama 3 8b", "llama 8b"), MODEL_SOURCE, "2026"),
            new OpenModel("Llama 3.x 70B", 70.6,
                    List.of("llama 3 70b", "llama 3 1 70b", "llama 3 3 70b", "llama 70b"), MODEL_SOURCE, "2026"),
            new OpenModel("Llama 3.2 90B", 88.8, List.of("llama 3 2 90b", "llama 90b"), MODEL_SOURCE, "2026"));

    public static final List<ApiPrice> API_PRICES = List.of(
            api("Claude Sonnet 4.6", 3.00, 15.00, "claude sonnet 4 6", "claude sonnet 4 5"),
            api("Claude Haiku 4.5", 1.00, 5.00, "claude haiku 4 5"),
            api("Claude Opus 4.5–4.7", 5.00, 25.00, "claude opus 4 5", "claude opus 4 6", "claude opus 4 7"),
            api("Claude Opus 4.1", 15.00, 75.00, "claude opus 4 1"),
            api("GPT-4o", 2.50, 10.00, "gpt 4o"),
            api("GPT-4o mini", 0.15, 0.60, "gpt 4o mini"),
            api("GPT-4.1", 2.00, 8.00, "gpt 4 1"),
            api("GPT-4.1 mini", 0.40, 1.60, "gpt 4 1 mini"),
            api("GPT-5", 1.25, 10.00, "gpt 5"),
            api("GPT-5 mini", 0.25, 2.00, "gpt 5 mini"),
            api("Gemini 2.5 Pro", 1.25, 10.00, "gemini 2 5 pro"),
            api("Gemini 2.5 Flash", 0.30, 2.50, "gemini 2 5 flash"),
            api("Gemini 2.5 Flash-Lite", 0.10, 0.40, "gemini 2 5 flash lite"));

    private KnowledgeTable() {
    }

    private static ApiPrice api(String name, double in, double out, String... aliases) {
        return new ApiPrice(name, in, out, List.of(aliases), LITELLM, LITELLM_DATE);
    }

    /** The open model a free-text label names, e.g. "Llama 3.2 90B Vision (vLLM)". */
    public static Optional<OpenModel> findModel(String label) {
        return best(label, OPEN_MODELS, OpenModel::aliases);
    }

    /** The API model a free-text label names; the most specific alias wins ("GPT-4o mini" over "GPT-4o"). */
    public static Optional<ApiPrice> findApi(String label) {
        return best(label, API_PRICES, ApiPrice::aliases);
    }

    /**
     * Single-GPU offers whose GPU a free-text label names ("H100 80GB droplet"), cheapest first; when
     * the label also names a memory size ("A100 40 GB"), only offers of that size.
     */
    public static List<GpuOffer> findGpu(String label) {
        String text = normalize(label);
        if (text.isBlank()) {
            return List.of();
        }
        String longest = GPU_OFFERS.stream().map(KnowledgeTable::normalizedName)
                .filter(text::contains)
                .max(Comparator.comparingInt(String::length)).orElse(null);
        if (longest == null) {
            return List.of();
        }
        List<GpuOffer> named = GPU_OFFERS.stream()
                .filter(o -> o.gpus() == 1 && normalizedName(o).equals(longest))
                .sorted(Comparator.comparingDouble(GpuOffer::hourlyUsd)).toList();
        List<GpuOffer> sized = named.stream().filter(o -> {
            String gb = fmt(o.memoryGb());
            return text.contains(" " + gb + " gb ") || text.contains(" " + gb + "gb ");
        }).toList();
        return sized.isEmpty() ? named : sized;
    }

    /** The cheapest single-GPU offer in the table, whatever it can hold. */
    public static GpuOffer cheapestGpu() {
        return GPU_OFFERS.stream().filter(o -> o.gpus() == 1)
                .min(Comparator.comparingDouble(GpuOffer::hourlyUsd)).orElseThrow();
    }

    /** A setup of n GPUs of one offer. */
    public record Setup(GpuOffer offer, int count) {
        public double hourlyUsd() {
            return offer.hourlyUsd() * count;
        }

        public double monthlyUsd() {
            return hourlyUsd() * HOURS_PER_MONTH;
        }

        public String describe() {
            return count + " × " + offer.describe();
        }
    }

    /** The cheapest setup (n of one single-GPU offer, n ≤ 8) whose memory holds requiredGb. */
    public static Optional<Setup> cheapestSetupHolding(double requiredGb) {
        return GPU_OFFERS.stream().filter(o -> o.gpus() == 1)
                .map(o -> new Setup(o, (int) Math.max(1, Math.ceil(requiredGb / o.memoryGb()))))
                .filter(s -> s.count() <= 8)
                .min(Comparator.comparingDouble(Setup::hourlyUsd));
    }

    private interface Aliases<T> {
        List<String> of(T t);
    }

    private static <T> Optional<T> best(String label, List<T> entries, Aliases<T> aliases) {
        String text = normalize(label);
        T best = null;
        int bestLength = 0;
        for (T e : entries) {
            for (String a : aliases.of(e)) {
                if (text.contains(" " + a + " ") && a.length() > bestLength) {
                    best = e;
                    bestLength = a.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Lower case, every run of non-letters/digits one space, padded: "GPT-4o mini" → " gpt 4o mini ". */
    /** Compiled once: the plausibility check normalises labels on every slider step. */
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    /** The catalog's GPU names, normalised once (they never change). */
    private static final java.util.Map<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();

    static String normalize(String label) {
        if (label == null) {
            return " ";
        }
        return " " + NON_ALNUM.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
    }

    private static String normalizedName(GpuOffer offer) {
        return NORMALIZED.computeIfAbsent(offer.name(), KnowledgeTable::normalize);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
