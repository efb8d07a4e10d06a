package org.jpeer.jsep.sdp;

/**
 * A session description that breaks RFC 8866 or the grammar of a WebRTC attribute. It names the
 * 1-based line number, the line and the rule:
 * {@code line 7 'a=fingerprint:md4 00': unknown hash 'md4'}. Line number 0 means the description
 * as a whole (too long, empty).
 *
 * <pre>{@code
 * try {
 *     SdpParser.parse(text);
 * } catch (InvalidSdpException e) {
 *     log.warn("bad offer at line {}: {}", e.lineNumber(), e.rule());
 * }
 * }</pre>
 */
public final class InvalidSdpException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Lines longer than this are shortened in the message (not in {@link #line()}). */
    private static final int MESSAGE_LINE_CHARS = 120;

    private final int lineNumber;
    private final String line;
    private final String rule;

    public InvalidSdpException(int lineNumber, String line, String rule) {
        super(format(lineNumber, line, rule));
        this.lineNumber = lineNumber;
        this.line = line == null ? "" : line;
        this.rule = rule;
    }

    private static String format(int lineNumber, String line, String rule) {
        if (lineNumber <= 0) {
            return rule;
        }
        String shown = line == null ? "" : line;
        if (shown.length() > MESSAGE_LINE_CHARS) {
            shown = shown.substring(0, MESSAGE_LINE_CHARS) + "...";
        }
        return "line " + lineNumber + " '" + shown + "': " + rule;
    }

    /** The 1-based line number, or 0 when the description as a whole is wrong. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The offending line without its line break, or {@code ""}. */
    public String line() {
        return line;
    }

    /** The rule that was broken, without the line, e.g. {@code unknown hash 'md4'}. */
    public String rule() {
        return rule;
    }
}
