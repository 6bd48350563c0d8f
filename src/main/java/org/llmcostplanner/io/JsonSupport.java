package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;

/**
 * The one Jackson set-up for reading and writing our JSON: strict and bounded on the way in
 * (a hostile file cannot exhaust memory or stack), pretty-printed and byte-stable on the way out.
 * Default typing stays off: files are read as plain trees, never into arbitrary classes.
 */
final class JsonSupport {

    /** Scenario files are small; anything bigger than this is not one. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    /** Our format nests two levels deep; a little slack for useful error messages. */
    static final int MAX_NESTING_DEPTH = 32;

    /** Longer than any double's shortest representation, far shorter than a number bomb. */
    static final int MAX_NUMBER_LENGTH = 100;

    static final int MAX_NAME_LENGTH = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxStringLength(MAX_FILE_BYTES)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private JsonSupport() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A pretty-printing generator: two-space indent, '\n' line ends on every platform,
     * {@code "key": value}. Lone surrogates in text are written as \\u escapes so any Java string
     * survives a save as valid UTF-8 and loads back equal.
     */
    static JsonGenerator prettyGenerator(Writer writer) throws IOException {
        JsonGenerator gen = FACTORY.createGenerator(writer);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        gen.setPrettyPrinter(printer);
        gen.setCharacterEscapes(SurrogateEscapes.INSTANCE);
        return gen;
    }

    /** Standard JSON escapes, plus \\u escapes for surrogate chars (which UTF-8 cannot hold alone). */
    private static final class SurrogateEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final SurrogateEscapes INSTANCE = new SurrogateEscapes();

        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
