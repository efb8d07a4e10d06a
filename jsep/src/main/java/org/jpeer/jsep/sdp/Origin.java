package org.jpeer.jsep.sdp;

import java.util.List;

/**
 * {@code o=USERNAME SESS-ID SESS-VERSION IN IP4 ADDRESS} (RFC 8866 §5.2). The session id stays a
 * string: Firefox writes ids larger than a {@code long}; the version is a number JSEP increments.
 *
 * <pre>{@code
 * Origin o = Origin.parse("- 4611731400430051336 2 IN IP4 127.0.0.1");
 * o.sessionVersion();   // 2
 * }</pre>
 */
public record Origin(String username, String sessionId, long sessionVersion, String netType, String addrType,
                     String address) {

    public Origin {
        SdpGrammar.word(username, "origin username");
        SdpGrammar.check(sessionId != null && !sessionId.isEmpty()
                && sessionId.chars().allMatch(c -> c >= '0' && c <= '9'), "origin session id '" + sessionId + "' is not a number");
        SdpGrammar.check(sessionId.length() <= 64, "origin session id longer than 64 digits");
        SdpGrammar.check(sessionVersion >= 0, "origin session version is negative");
        SdpGrammar.token(netType, "origin nettype");
        SdpGrammar.token(addrType, "origin addrtype");
        SdpGrammar.word(address, "origin address");
    }

    /** The origin JSEP gives a new description: username {@code -}, {@code IN IP4 127.0.0.1}. */
    public static Origin of(String sessionId, long sessionVersion) {
        return new Origin("-", sessionId, sessionVersion, "IN", "IP4", "127.0.0.1");
    }

    /** Parses the value after {@code o=}; throws {@link IllegalArgumentException} naming the rule. */
    public static Origin parse(String value) {
        List<String> f = SdpGrammar.fields(value, 6, 6, "o=");
        return new Origin(f.get(0), f.get(1), SdpGrammar.number(f.get(2), "origin session version", 0, Long.MAX_VALUE),
                f.get(3), f.get(4), f.get(5));
    }

    public Origin withSessionVersion(long version) {
        return new Origin(username, sessionId, version, netType, addrType, address);
    }

    /** The value after {@code o=}. */
    public String sdpValue() {
        return username + " " + sessionId + " " + sessionVersion + " " + netType + " " + addrType + " " + address;
    }
}
