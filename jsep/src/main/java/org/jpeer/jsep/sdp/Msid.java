package org.jpeer.jsep.sdp;

/**
 * {@code a=msid:STREAM [TRACK]} (RFC 8830): the MediaStream id ({@code -} for none) and an optional
 * track id (appdata).
 *
 * <pre>{@code
 * Msid m = Msid.parse("stream0 track0");
 * m.streamId();   // "stream0"
 * m.trackId();    // "track0"
 * }</pre>
 */
public record Msid(String streamId, String trackId) implements SdpAttribute {
    public static final String NAME = "msid";
    /** The stream id that means "no stream" (RFC 8830 §2, W3C WebRTC). */
    public static final String NO_STREAM = "-";

    public Msid {
        checkId(streamId, "msid stream id");
        if (trackId != null) {
            checkId(trackId, "msid track id");
        }
    }

    private static void checkId(String id, String field) {
        SdpGrammar.word(id, field);
        SdpGrammar.check(id.length() <= 64 * 4, field + " longer than 256 characters");
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Msid parse(String value) {
        String[] f = SdpGrammar.head(value, NAME);
        return new Msid(f[0], f[1]);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return trackId == null ? streamId : streamId + " " + trackId;
    }
}
