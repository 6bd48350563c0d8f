package org.llmcostplanner.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON output of the analysis commands, laid out like {@code report}'s: two-space indent,
 * {@code "key": value}, '\n' line ends, a final newline, doubles at full precision, non-ASCII
 * \\u-escaped so the bytes do not depend on the console's encoding.
 */
final class CliJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator gen) throws IOException;
    }

    private CliJson() {
    }

    static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            gen.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
            gen.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
            body.write(gen);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out + "\n";
    }

    static void writeNullable(JsonGenerator gen, String key, Double value) throws IOException {
        gen.writeFieldName(key);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value);
        }
    }
}
