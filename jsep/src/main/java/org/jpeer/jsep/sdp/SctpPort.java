package org.jpeer.jsep.sdp;

/**
 * {@code a=sctp-port:PORT} (RFC 8841 §5): the SCTP port of the data channel association.
 *
 * <pre>{@code
 * new SctpPort(5000).toSdpLine();   // "a=sctp-port:5000"
 * }</pre>
 */
public record SctpPort(int port) implements SdpAttribute {
    public static final String NAME = "sctp-port";

    public SctpPort {
        SdpGrammar.check(port >= 0 && port <= 65535, "sctp-port " + port + " is not in 0..65535");
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static SctpPort parse(String value) {
        return new SctpPort(SdpGrammar.integer(value, NAME, 0, 65535));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return Integer.toString(port);
    }
}
