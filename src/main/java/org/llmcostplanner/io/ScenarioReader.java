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
    private static final Pattern LIMIT_TEXT = Pattern.compile("\\s*\\(from `[^`]*`\\)|`[^`]*`");

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
        try (JsonParser parser = JsonSupport.mapper().createParser(text)) {
            JsonNode root = parse(parser, source);
            if (root == null || root.isMissingNode()) {
                throw new ScenarioFormatException(source, null, "file is empty; expected a JSON object");
            }
            rejectTrailingContent(parser, source);
            return root;
        } catch (IOException e) {
            throw new ScenarioFormatException(source, null, "cannot be parsed: " + e.getMessage());
        }
    }

    private static JsonNode parse(JsonParser parser, String source) throws ScenarioFormatException {
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

    /** Jackson's tree reader stops after the first value; anything after it is an error here. */
    private static void rejectTrailingContent(JsonParser parser, String source) throws ScenarioFormatException {
        String problem = "unexpected content after the end of the top-level JSON object";
        try {
            if (parser.nextToken() != null) {
                throw new ScenarioFormatException(source, null, problem + " " + where(parser.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            throw new ScenarioFormatException(source, null, problem + " " + where(e.getLocation()));
        } catch (IOException e) {
            throw new ScenarioFormatException(source, null, problem);
        }
    }

    private static ScenarioFormatException fromJackson(JsonProcessingException e, JsonParser parser, String source) {
        String original = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage();
        String firstLine = original.lines().findFirst().orElse(original);
        String problem;
        Matcher nonStandard = NON_STANDARD_TOKEN.matcher(firstLine);
        if (nonStandard.find()) {
            problem = "'" + nonStandard.group(1) + "' is not allowed; numbers must be finite JSON numbers";
        } else if (e instanceof StreamConstraintsException) {
            problem = "exceeds a safety limit: " + LIMIT_TEXT.matcher(firstLine).replaceAll("").strip();
        } else {
            problem = "invalid JSON: " + firstLine;
        }
        String path = pathOf(parser.getParsingContext());
        return new ScenarioFormatException(source, path, problem + " " + where(e.getLocation()));
    }

    private static String where(com.fasterxml.jackson.core.JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "(line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The dotted JSON path of the parser's position, e.g. "api.outputPricePerMTok"; null at top level. */
    static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0 && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
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
        return out.toString();
    }
}
