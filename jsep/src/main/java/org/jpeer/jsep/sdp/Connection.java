package org.jpeer.jsep.sdp;

import java.util.List;

/**
 * {@code c=IN IP4 ADDRESS} (RFC 8866 §5.7). A multicast address keeps its {@code /ttl/count} suffix as written.
 *
 * <pre>{@code
 * Connection.parse("IN IP4 0.0.0.0").address();   // "0.0.0.0"
 * }</pre>
 */
public record Connection(String netType, String addrType, String address) {

    /** {@code c=IN IP4 0.0.0.0}, what JSEP writes before candidates are known. */
    public static final Connection UNSPECIFIED = new Connection("IN", "IP4", "0.0.0.0");

    public Connection {
        SdpGrammar.token(netType, "connection nettype");
        SdpGrammar.token(addrType, "connection addrtype");
        SdpGrammar.word(address, "connection address");
    }

    /** Parses the value after {@code c=}; throws {@link IllegalArgumentException} naming the rule. */
    public static Connection parse(String value) {
        List<String> f = SdpGrammar.fields(value, 3, 3, "c=");
        return new Connection(f.get(0), f.get(1), f.get(2));
    }

    public String sdpValue() {
        return netType + " " + addrType + " " + address;
    }
}
