package org.llmcostplanner.io;

/**
 * Makes text safe for a one-line message: a file name or a parser message may carry line breaks
 * or other control characters, and error messages are promised to be exactly one line.
 */
public final class OneLine {

    private OneLine() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
