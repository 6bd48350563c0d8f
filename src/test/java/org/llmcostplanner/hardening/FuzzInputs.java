package org.llmcostplanner.hardening;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.llmcostplanner.io.Presets;
import org.llmcostplanner.io.ScenarioFile;
import org.llmcostplanner.model.Billing;
import org.llmcostplanner.model.InputField;
import org.llmcostplanner.model.Scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Fuzz inputs for the loader and the CLI: generated JSON (scenario-shaped and arbitrary, with the
 * real field names plus junk, and numbers from ordinary to hostile), and valid files with random
 * byte-level mutations.
 */
final class FuzzInputs {

    private FuzzInputs() {
    }

    /** Every name the format knows, so generated files reach deep into the loader. */
    static final List<String> REAL_KEYS;
    static {
        List<String> keys = new ArrayList<>(List.of("format", "version", "name", "notes", "model", "gpu", "billing",
                "workload", "api", "selfHost", "ops", "routing"));
        for (InputField f : InputField.values()) {
            keys.add(f.jsonName());
        }
        REAL_KEYS = List.copyOf(keys);
    }

    private static final List<String> JUNK_KEYS = List.of("", "@class", "@type", "outputPricePerMtok", "Workload",
            "requestsperday", "__proto__", "a", "\u0000", "format ", "ключ", "\uD83D\uDE00");

    /** Numbers as JSON text, from plain to hostile: huge, tiny, negative, long, non-standard tokens. */
    static final List<String> SPECIAL_NUMBERS = List.of("0", "-0", "1", "-1", "0.5", "1.5", "31", "32", "24", "25",
            "1e9", "1000000001", "1e7", "1e-9", "4.9E-324", "1.7976931348623157E308", "1e308", "1e309", "1e400",
            "-1e400", "1e-400", "1e2147483648", "NaN", "-NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.",
            "1e", "--1", "0x10", "1_000", "9".repeat(5000), "0." + "3".repeat(300), "1" + "0".repeat(99),
            "1" + "0".repeat(100), "123456789012345678901234567890");

    static Arbitrary<String> number() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(SPECIAL_NUMBERS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().map(FuzzInputs::finite)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(150)));
    }

    private static String finite(double d) {
        return Double.isFinite(d) ? Double.toString(d) : "0";
    }

    static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    static Arbitrary<String> key() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(REAL_KEYS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(JUNK_KEYS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
    }

    static Arbitrary<String> leaf() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, number()),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("true", "false", "null", "\"flat\"", "\"hourly\"",
                        "\"llm-cost-planner.scenario\"", "\"NaN\"", "\"1000\"", "\"\"")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(30).map(FuzzInputs::quote)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(10).map(s -> "\"" + s + "\"")));
    }

    /** Any JSON-ish value: leaves, arrays and objects up to a few levels deep. */
    static Arbitrary<String> anyValue() {
        return Arbitraries.recursive(FuzzInputs::leaf, FuzzInputs::container, 0, 4);
    }

    private static Arbitrary<String> container(Arbitrary<String> inner) {
        Arbitrary<String> array = inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> object = Combinators.combine(key(), inner).as((k, v) -> quote(k) + ": " + v)
                .list().ofMaxSize(5).map(l -> "{" + String.join(", ", l) + "}");
        return Arbitraries.oneOf(inner, array, object, object);
    }

    /** An object shaped like a scenario file: mostly the right header, sections with real and junk fields. */
    static Arbitrary<String> scenarioShaped() {
        Arbitrary<String> format = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just("\"format\": \"llm-cost-planner.scenario\"")),
                net.jqwik.api.Tuple.of(1, leaf().map(v -> "\"format\": " + v)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
        Arbitrary<String> version = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just("\"version\": 1")),
                net.jqwik.api.Tuple.of(1, leaf().map(v -> "\"version\": " + v)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
        Arbitrary<String> section = Arbitraries.of("workload", "api", "selfHost", "ops", "routing", "name", "selfhost")
                .flatMap(name -> sectionField(name).list().ofMaxSize(6)
                        .map(fields -> quote(name) + ": {" + String.join(", ", fields) + "}"));
        return Combinators.combine(format, version, section.list().ofMaxSize(5))
                .as((f, v, sections) -> {
                    List<String> parts = new ArrayList<>();
                    if (!f.isEmpty()) {
                        parts.add(f);
                    }
                    if (!v.isEmpty()) {
                        parts.add(v);
                    }
                    parts.addAll(sections);
                    return "{" + String.join(", ", parts) + "}";
                });
    }

    /** A field of one section: mostly its own keys with plausible numbers, sometimes anything. */
    private static Arbitrary<String> sectionField(String section) {
        List<String> own = new ArrayList<>();
        for (InputField f : InputField.values()) {
            if (f.section().jsonName().equals(section)) {
                own.add(f.jsonName());
            }
        }
        Arbitrary<String> ownKey = own.isEmpty() ? key() : Arbitraries.of(own);
        Arbitrary<String> plausible = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0, 1).map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 100_000).map(String::valueOf)),
                net.jqwik.api.Tuple.of(2, number()));
        Arbitrary<String> ownField = Combinators.combine(ownKey, plausible).as((k, v) -> quote(k) + ": " + v);
        Arbitrary<String> anyField = Combinators.combine(key(), anyValue()).as((k, v) -> quote(k) + ": " + v);
        Arbitrary<String> label = Arbitraries.of("\"billing\": \"hourly\"", "\"billing\": \"flat\"", "\"model\": \"m\"",
                "\"gpu\": \"g\"", "\"billing\": \"monthly\"");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, ownField), net.jqwik.api.Tuple.of(1, anyField),
                net.jqwik.api.Tuple.of(1, label));
    }

    /** Generated JSON text: mostly scenario-shaped, the rest any value at all (arrays, scalars, …). */
    static Arbitrary<byte[]> generatedJson() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, scenarioShaped()),
                        net.jqwik.api.Tuple.of(1, anyValue()))
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    /** A valid scenario file, usually with 1–6 random byte-level mutations. */
    static Arbitrary<byte[]> mutatedFile() {
        return Arbitraries.longs().map(FuzzInputs::mutatedFile);
    }

    static byte[] mutatedFile(long seed) {
        Random r = new Random(seed);
        byte[] b = validFile(r);
        int mutations = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(6); // a quarter stay valid: edge values reach the model
        for (int i = 0; i < mutations && b.length > 0; i++) {
            b = mutate(b, r);
        }
        return b;
    }

    /** A valid file: the seed preset, the defaults, the bare header, or random in-range inputs. */
    static byte[] validFile(Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return ScenarioFile.toBytes(Presets.seedArticle());
            case 1:
                return ScenarioFile.toBytes(Scenario.defaults());
            case 2:
                return "{\"format\": \"llm-cost-planner.scenario\", \"version\": 1}".getBytes(StandardCharsets.UTF_8);
            default:
                return ScenarioFile.toBytes(randomValidScenario(r));
        }
    }

    /** Every input at a random valid value, often at the edge of its range. */
    static Scenario randomValidScenario(Random r) {
        Scenario s = Scenario.defaults().withBilling(r.nextBoolean() ? Billing.FLAT : Billing.HOURLY);
        for (InputField f : InputField.values()) {
            if (r.nextInt(3) == 0) {
                continue; // keep the default
            }
            double low = f.minExclusive() ? Math.nextUp(f.min()) : f.min();
            double high = f.max();
            double v = switch (r.nextInt(6)) {
                case 0 -> low;
                case 1 -> high;
                case 2 -> f.minExclusive() ? 1e-9 : 0;
                case 3 -> low + r.nextDouble() * (Math.min(high, 1e4) - low);
                case 4 -> Math.min(high, Math.pow(10, r.nextInt(12)));
                default -> Math.min(high, low + r.nextDouble() * Math.min(high, 1e308));
            };
            s = s.with(f, Math.max(low, Math.min(high, v)));
        }
        return s;
    }

    private static final byte[][] TOKENS = Arrays.stream(new String[]{"{", "}", "[", "]", "\"", ",", ":", "null", "1e400",
                    "NaN", "-", "\\", "\u0000", "\uFEFF", "9999999999999999999999", "true", "\"@class\": 1,", " ", "\n",
                    "\"version\": 2,", "{\"a\":", "/*"})
            .map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

    static byte[] mutate(byte[] b, Random r) {
        int at = r.nextInt(b.length);
        switch (r.nextInt(8)) {
            case 0: { // flip a bit
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << r.nextInt(8));
                return c;
            }
            case 1: { // any byte
                byte[] c = b.clone();
                c[at] = (byte) r.nextInt(256);
                return c;
            }
            case 2: // truncate
                return Arrays.copyOf(b, at);
            case 3: { // delete a slice
                int len = Math.min(b.length - at, 1 + r.nextInt(40));
                return concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + len, b.length));
            }
            case 4: { // insert random bytes
                byte[] junk = new byte[1 + r.nextInt(8)];
                r.nextBytes(junk);
                return concat(Arrays.copyOf(b, at), junk, Arrays.copyOfRange(b, at, b.length));
            }
            case 5: // insert a JSON token
                return concat(Arrays.copyOf(b, at), TOKENS[r.nextInt(TOKENS.length)], Arrays.copyOfRange(b, at, b.length));
            case 6: { // duplicate a slice (repeated keys, sections, brackets)
                int len = Math.min(b.length - at, 1 + r.nextInt(200));
                byte[] slice = Arrays.copyOfRange(b, at, at + len);
                return concat(Arrays.copyOf(b, at + len), slice, Arrays.copyOfRange(b, at + len, b.length));
            }
            default: { // replace a number-ish run with a hostile number
                byte[] number = SPECIAL_NUMBERS.get(r.nextInt(SPECIAL_NUMBERS.size())).getBytes(StandardCharsets.UTF_8);
                int end = at;
                while (end < b.length && (Character.isDigit(b[end]) || b[end] == '.' || b[end] == 'E' || b[end] == '-')) {
                    end++;
                }
                return concat(Arrays.copyOf(b, at), number, Arrays.copyOfRange(b, end, b.length));
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** For failure messages: the input as text, shortened. */
    static String show(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.length() > 600 ? s.substring(0, 600) + "… (" + b.length + " bytes)" : s;
    }

    static String show(List<String> args) {
        return args.stream().collect(Collectors.joining(" "));
    }
}
