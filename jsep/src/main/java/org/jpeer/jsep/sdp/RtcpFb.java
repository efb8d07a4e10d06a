package org.jpeer.jsep.sdp;

import java.util.Optional;

/**
 * {@code a=rtcp-fb:PT TYPE [SUBTYPE...]} (RFC 4585 §4.2): a feedback message the receiver understands.
 * {@code payloadType} is a number or {@code *} for every format; {@code subtype} is everything after
 * the type ({@code pli}, {@code fir}, {@code tmmbr smaxpr=120}), or {@code null}. mediasoup's
 * sdp-transform writes {@code a=rtcp-fb:100 nack } with a trailing space; that is kept as an empty
 * (or space-terminated) subtype so the line round-trips, and {@link #subtypeValue()} hides it.
 *
 * <pre>{@code
 * RtcpFb fb = RtcpFb.parse("96 nack pli");
 * fb.type();      // "nack"
 * fb.subtype();   // "pli"
 * }</pre>
 */
public record RtcpFb(String payloadType, String type, String subtype) implements SdpAttribute {
    public static final String NAME = "rtcp-fb";
    public static final String WILDCARD = "*";

    public RtcpFb {
        SdpGrammar.check(payloadType != null, "rtcp-fb needs a payload type");
        if (!WILDCARD.equals(payloadType)) {
            SdpGrammar.payloadType(payloadType);
        }
        SdpGrammar.token(type, "rtcp-fb type");
        if (subtype != null) {
            SdpGrammar.text(subtype, "rtcp-fb parameter");
            SdpGrammar.check(!subtype.startsWith(" "), "rtcp-fb: fields must be separated by single spaces");
        }
    }

    public RtcpFb(int payloadType, String type, String subtype) {
        this(Integer.toString(payloadType), type, subtype);
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static RtcpFb parse(String value) {
        String[] pt = SdpGrammar.head(value, NAME);
        SdpGrammar.check(pt[1] != null, "rtcp-fb needs a feedback type after the payload type");
        int sp = pt[1].indexOf(' ');
        return sp < 0 ? new RtcpFb(pt[0], pt[1], null) : new RtcpFb(pt[0], pt[1].substring(0, sp), pt[1].substring(sp + 1));
    }

    public boolean isWildcard() {
        return WILDCARD.equals(payloadType);
    }

    /** True when this feedback applies to {@code pt}, directly or through {@code *}. */
    public boolean appliesTo(int pt) {
        return isWildcard() || payloadType.equals(Integer.toString(pt));
    }

    /** The subtype without the trailing space some stacks write; empty when there is none. */
    public Optional<String> subtypeValue() {
        return Optional.ofNullable(subtype).map(String::strip).filter(st -> !st.isEmpty());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        String v = payloadType + " " + type;
        return subtype == null ? v : v + " " + subtype;
    }
}
