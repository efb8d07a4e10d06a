package org.jpeer.jsep.sdp;

import java.util.List;

/**
 * A parsed description together with where each part came from, so that checks such as
 * {@link SdpValidator} can point at a line without the model records carrying line numbers.
 *
 * <pre>{@code
 * ParsedSdp p = SdpParser.parseWithLines(text);
 * int mLine = p.mediaLine(0);                 // 1-based line of the first m=
 * String text = p.line(mLine);                // "m=audio 9 UDP/TLS/RTP/SAVPF 111"
 * }</pre>
 */
public final class ParsedSdp {
    private final SessionDescription description;
    private final List<String> lines;
    private final int[] sessionAttributeLines;
    private final int[] mediaLines;
    private final int[][] mediaAttributeLines;

    ParsedSdp(SessionDescription description, List<String> lines, int[] sessionAttributeLines, int[] mediaLines,
              int[][] mediaAttributeLines) {
        this.description = description;
        this.lines = List.copyOf(lines);
        this.sessionAttributeLines = sessionAttributeLines.clone();
        this.mediaLines = mediaLines.clone();
        this.mediaAttributeLines = new int[mediaAttributeLines.length][];
        for (int i = 0; i < mediaAttributeLines.length; i++) {
            this.mediaAttributeLines[i] = mediaAttributeLines[i].clone();
        }
    }

    public SessionDescription description() {
        return description;
    }

    /** Number of lines read, blank trailing lines excluded. */
    public int lineCount() {
        return lines.size();
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int lineNumber) {
        return lines.get(lineNumber - 1);
    }

    /** The line of the session-level attribute {@code description().attributes().get(index)}. */
    public int sessionAttributeLine(int index) {
        return sessionAttributeLines[index];
    }

    /** The line of the {@code m=} of {@code description().media().get(index)}. */
    public int mediaLine(int index) {
        return mediaLines[index];
    }

    /** The line of {@code description().media().get(mediaIndex).attributes().get(attributeIndex)}. */
    public int mediaAttributeLine(int mediaIndex, int attributeIndex) {
        return mediaAttributeLines[mediaIndex][attributeIndex];
    }
}
