package org.llmcostplanner.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmcostplanner.cli.Cli;
import org.llmcostplanner.io.BadScenarios;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-file corpus covers every kind issue 8 lists (the 60 MB file, the directory and the
 * unreadable file are made at test time in BadFilesInSmallHeapTest), and reading any of them
 * leaves the file on disk exactly as it was.
 */
class BadFileCorpusTest {

    /** Each kind of bad file issue 8 names, and corpus files of that kind. */
    private static final Map<String, List<String>> KINDS = new LinkedHashMap<>();
    static {
        KINDS.put("malformed JSON", List.of("syntax-error-missing-comma.json", "trailing-comma.json", "single-quotes.json"));
        KINDS.put("truncated JSON", List.of("syntax-error-truncated.json", "truncated-mid-string.json", "truncated-open-brace.json"));
        KINDS.put("empty file", List.of("empty.json", "whitespace-only.json"));
        KINDS.put("BOM", List.of("bom.json", "utf16-bom.json"));
        KINDS.put("invalid UTF-8", List.of("invalid-utf8.json", "invalid-utf8-overlong.json"));
        KINDS.put("binary data", List.of("binary-png.json", "binary-gzip.json", "binary-random.json", "binary-nul-bytes.json"));
        KINDS.put("trailing garbage", List.of("trailing-garbage.json", "trailing-second-object.json"));
        KINDS.put("top-level array", List.of("top-level-array.json"));
        KINDS.put("null sections", List.of("null-section.json", "null-workload-section.json"));
        KINDS.put("null values", List.of("null-value.json", "null-name.json", "null-version.json"));
        KINDS.put("booleans where numbers belong", List.of("wrong-type-boolean.json", "boolean-volume.json"));
        KINDS.put("objects where numbers belong", List.of("wrong-type-object.json", "object-version.json"));
        KINDS.put("NaN", List.of("nan-literal.json", "nan-string.json", "nan-in-share.json"));
        KINDS.put("Infinity", List.of("infinity-literal.json", "negative-infinity-literal.json", "infinity-in-version.json"));
        KINDS.put("1e400", List.of("number-too-big.json", "number-too-big-negative.json", "number-huge-exponent.json"));
        KINDS.put("5,000-digit numbers", List.of("number-5000-digits.json", "number-5000-digit-fraction.json"));
        KINDS.put("negative prices", List.of("out-of-range-negative-price.json", "negative-hourly-rate.json"));
        KINDS.put("negative tokens", List.of("negative-tokens.json"));
        KINDS.put("negative hours", List.of("negative-hours.json"));
        KINDS.put("shares above 1", List.of("out-of-range-share.json", "out-of-range-batch-share.json", "out-of-range-self-host-share.json"));
        KINDS.put("billing days 0", List.of("out-of-range-days-zero.json"));
        KINDS.put("billing days 32", List.of("out-of-range-days-32.json"));
        KINDS.put("hours above 24", List.of("out-of-range-min-hours.json", "out-of-range-min-hours-above-24.json"));
        KINDS.put("unknown fields", List.of("unknown-field.json", "unknown-field-typo.json", "unknown-top-level-field.json"));
        KINDS.put("unknown sections", List.of("unknown-section.json", "unknown-field-case.json"));
        KINDS.put("duplicate keys", List.of("duplicate-key.json", "duplicate-section.json", "duplicate-format.json"));
        KINDS.put("missing version", List.of("missing-version.json"));
        KINDS.put("newer version", List.of("newer-version.json", "version-huge.json"));
        KINDS.put("string version", List.of("string-version.json", "version-as-string-2.json"));
        KINDS.put("missing format", List.of("missing-format.json", "empty-object.json"));
        KINDS.put("other format", List.of("other-format.json", "format-wrong-case.json", "null-format.json"));
        KINDS.put("100,000-deep nesting", List.of("deep-nesting-100000.json", "deep-nesting-100000-unclosed.json"));
        KINDS.put("polymorphic gadgets", List.of("gadget-polymorphic-array.json", "gadget-class-key.json"));
    }

    static List<BadScenarios.Case> cases() {
        return BadScenarios.all();
    }

    @Test
    void everyKindIsInTheCorpus() {
        Set<String> corpus = cases().stream().map(BadScenarios.Case::file).collect(Collectors.toSet());
        assertTrue(corpus.size() >= 40, "at least 40 bad files, found " + corpus.size());
        KINDS.forEach((kind, files) -> files.forEach(f ->
                assertTrue(corpus.contains(f), kind + ": " + f + " is not in bad-scenarios/index.tsv")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusingAFileLeavesItUnchanged(BadScenarios.Case c) throws Exception {
        String before = Hashes.of(c.location());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Cli.run(new String[]{"report", c.location().toString()}, o, e);
        }
        assertEquals(Cli.BAD_INPUT, status, err.toString(StandardCharsets.UTF_8));
        assertEquals(0, out.size());
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
        assertEquals(before, Hashes.of(c.location()), "the file on disk must be unchanged");
    }
}
