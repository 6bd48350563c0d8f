package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a scenario file into a JSON tree, strictly: UTF-8 without BOM, one JSON
 * object, no duplicate keys, nothing after it, within the size and depth limits. Every problem
 * becomes one {@link ScenarioFormatException} naming the JSON path where there is one. What the
 * tree means is {@link ScenarioTree}'s job.
 */
final class ScenarioReader {

    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern LIMIT_TEXT = Pattern.compile(",?\\s*from\\s*`[^`]*`");

    private static final int MAX_PATH_PARTS = 3;

    private ScenarioReader() {
    }

    static JsonNode readTree(byte[] bytes, String source) throws ScenarioFormatException {
        if (bytes.length > JsonSupport.MAX_FILE_BYTES) {
            throw new ScenarioFormatException(source, null, "file is too large (" + bytes.length
                    + " bytes); scenario files are at most " + JsonSupport.MAX_FILE_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw new ScenarioFormatException(source, null, "file is empty; expected a JSON object");
        }
        rejectByteOrderMark(bytes, source);
        String text = decodeUtf8(bytes, source);
        try (RootTrackingParser parser = new RootTrackingParser(JsonSupport.mapper().createParser(text))) {
            JsonNode root = parse(parser, source);
            if (root == null || root.isMissingNode()) {
                throw new ScenarioFormatException(source, null, "file is empty; expected a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new ScenarioFormatException(source, null, "cannot be parsed: " + e.getMessage());
        }
    }

    private static JsonNode parse(RootTrackingParser parser, String source) throws ScenarioFormatException {
        try {
            return JsonSupport.mapper().readTree(parser);
        } catch (JsonProcessingException e) {
            throw fromJackson(e, parser, source);
        } catch (IOException e) {
            throw new ScenarioFormatException(source, null, "cannot be parsed: " + e.getMessage());
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The limits should make this impossible; a hostile file still must not crash the caller.
            throw new ScenarioFormatException(source, null, "file is too complex to read");
        }
    }

    private static ScenarioFormatException fromJackson(JsonProcessingException e, RootTrackingParser parser,
                                                       String source) {
        String original = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage();
        String firstLine = original.lines().findFirst().orElse(original);
        String problem;
        Matcher nonStandard = NON_STANDARD_TOKEN.matcher(firstLine);
        if (parser.rootValueDone()) {
            // FAIL_ON_TRAILING_TOKENS (or the tokenizer while looking for them) found more after the object.
            return new ScenarioFormatException(source, null,
                    "unexpected content after the end of the top-level JSON object " + where(e.getLocation()));
        } else if (nonStandard.find()) {
            problem = "'" + nonStandard.group(1) + "' is not allowed; numbers must be finite JSON numbers";
        } else {
            problem = plainWords(e, firstLine);
        }
        String path = pathOf(parser.getParsingContext());
        return new ScenarioFormatException(source, path, problem + " " + where(e.getLocation()));
    }

    /** Jackson's wording names its own features and classes; say what is wrong with the file instead. */
    private static String plainWords(JsonProcessingException e, String message) {
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return "nested too deeply (safety limit " + JsonSupport.MAX_NESTING_DEPTH
                        + " levels; a scenario file needs 2)";
            }
            if (message.startsWith("Number value length") || message.startsWith("Number length")) {
                return "number is too long (safety limit " + JsonSupport.MAX_NUMBER_LENGTH + " characters)";
            }
            return "exceeds a safety limit: " + LIMIT_TEXT.matcher(message).replaceAll("").strip();
        }
        if (message.startsWith("Duplicate field")) {
            return "duplicate key; each key may appear only once";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete (truncated?)";
        }
        if (message.contains("(non-standard) comment")) {
            return "invalid JSON: comments are not allowed";
        }
        int nested = message.indexOf(" (start marker at");
        return "invalid JSON: " + (nested >= 0 ? message.substring(0, nested) : message);
    }

    private static String where(com.fasterxml.jackson.core.JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "(line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /**
     * The dotted JSON path of the parser's position, e.g. "api.outputPricePerMTok"; null at top
     * level. The format has no arrays and is two levels deep, so the path stops at the first array
     * and at {@link #MAX_PATH_PARTS} names: deeper parts of a hostile file would only be noise.
     */
    static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.clear();
            } else if (c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return String.join(".", parts.stream().limit(MAX_PATH_PARTS).toList());
    }

    private static void rejectByteOrderMark(byte[] b, String source) throws ScenarioFormatException {
        boolean utf8Bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        boolean utf16Bom = b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
        if (utf8Bom) {
            throw new ScenarioFormatException(source, null,
                    "file starts with a byte order mark (BOM); save it as UTF-8 without BOM");
        }
        if (utf16Bom) {
            throw new ScenarioFormatException(source, null,
                    "file starts with a UTF-16 byte order mark (BOM); save it as UTF-8 without BOM");
        }
    }

    /** Strict UTF-8: a malformed byte is an error with its offset, never a silent replacement char. */
    private static String decodeUtf8(byte[] bytes, String source) throws ScenarioFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ScenarioFormatException(source, null, "invalid UTF-8 at byte offset " + in.position()
                    + "; scenario files must be UTF-8 text");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            // Valid UTF-8 but NUL characters: almost always UTF-16 text without a byte order mark.
            throw new ScenarioFormatException(source, null, "contains NUL characters (UTF-16?); scenario files must be UTF-8 text");
        }
        return text;
    }
}
