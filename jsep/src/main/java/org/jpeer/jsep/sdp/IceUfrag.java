package org.jpeer.jsep.sdp;

/**
 * {@code a=ice-ufrag:UFRAG} (RFC 8839 §5.4). The parser checks the characters; lengths (4..256) are
 * a WebRTC rule checked by {@link SdpValidator}.
 *
 * <pre>{@code
 * new IceUfrag("Qj7c").toSdpLine();   // "a=ice-ufrag:Qj7c"
 * }</pre>
 */
public record IceUfrag(String ufrag) implements SdpAttribute {
    public static final String NAME = "ice-ufrag";

    public IceUfrag {
        IcePwd.checkIceChars(ufrag, NAME);
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static IceUfrag parse(String value) {
        return new IceUfrag(value);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return ufrag;
    }
}
