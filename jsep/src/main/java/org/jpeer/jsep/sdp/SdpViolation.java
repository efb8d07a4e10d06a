package org.jpeer.jsep.sdp;

/**
 * One WebRTC rule a parsed description breaks, found by {@link SdpValidator}.
 *
 * <pre>{@code
 * for (SdpViolation v : SdpValidator.validate(SdpParser.parseWithLines(text))) {
 *     System.err.println(v);   // line 5 'a=group:BUNDLE 0 1 2': BUNDLE group names mid '2', which no m-section has
 * }
 * }</pre>
 *
 * @param lineNumber 1-based line, 0 when the description as a whole is meant
 * @param line the text of that line, or {@code ""}
 * @param rule what is wrong
 */
public record SdpViolation(int lineNumber, String line, String rule) {

    @Override
    public String toString() {
        return lineNumber > 0 ? "line " + lineNumber + " '" + line + "': " + rule : rule;
    }
}
