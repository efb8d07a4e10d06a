package org.jpeer.jsep.sdp;

import java.util.List;

/**
 * {@code a=rtcp:PORT [IN IP4 ADDRESS]} (RFC 3605). With {@code rtcp-mux} browsers write
 * {@code a=rtcp:9 IN IP4 0.0.0.0}; the address part is absent or complete.
 *
 * <pre>{@code
 * Rtcp r = Rtcp.parse("9 IN IP4 0.0.0.0");
 * r.port();      // 9
 * r.address();   // "0.0.0.0"
 * }</pre>
 */
public record Rtcp(int port, String netType, String addrType, String address) implements SdpAttribute {
    public static final String NAME = "rtcp";

    public Rtcp {
        SdpGrammar.check(port >= 0 && port <= 65535, "rtcp port " + port + " is not in 0..65535");
        boolean none = netType == null && addrType == null && address == null;
        SdpGrammar.check(none || (netType != null && addrType != null && address != null),
                "rtcp address needs nettype, addrtype and address");
        if (!none) {
            SdpGrammar.token(netType, "rtcp nettype");
            SdpGrammar.token(addrType, "rtcp addrtype");
            SdpGrammar.word(address, "rtcp address");
        }
    }

    public Rtcp(int port) {
        this(port, null, null, null);
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Rtcp parse(String value) {
        List<String> f = SdpGrammar.fields(value, 1, 4, NAME);
        SdpGrammar.check(f.size() == 1 || f.size() == 4, "rtcp: expected 'port' or 'port nettype addrtype address'");
        int port = SdpGrammar.integer(f.get(0), "rtcp port", 0, 65535);
        return f.size() == 1 ? new Rtcp(port) : new Rtcp(port, f.get(1), f.get(2), f.get(3));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return address == null ? Integer.toString(port) : port + " " + netType + " " + addrType + " " + address;
    }
}
