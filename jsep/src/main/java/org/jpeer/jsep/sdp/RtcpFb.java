package org.jpeer.jsep.sdp;

import java.util.Optional;

/**
 * {@code a=rtcp-fb:PT TYPE [SUBTYPE...]} (RFC 4585 §4.2): a feedback message the receiver understands.
 * {@code payloadType} is a number or {@code *} for every format; {@code subtype} is everything after
 * the type ({@code pli}, {@code fir}, {@code tmmbr smaxpr=120}), or {@code null}.
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
            SdpGrammar.check(!subtype.isEmpty() && !subtype.startsWith(" ") && !subtype.endsWith(" "),
                    "rtcp-fb: fields must be separated by single spaces");
        }
    }

    public RtcpFb(int payloadType, String type, String subtype) {
        this(Integer.toString(payloadType), type, subtype);
    }

    static RtcpFb parse(String value) {
        String[] pt = SdpGrammar.head(value, NAME);
        SdpGrammar.check(pt[1] != null, "rtcp-fb needs a feedback type after the payload type");
        String[] type = SdpGrammar.head(pt[1], NAME);
        return new RtcpFb(pt[0], type[0], type[1]);
    }

    public boolean isWildcard() {
        return WILDCARD.equals(payloadType);
    }

    /** True when this feedback applies to {@code pt}, directly or through {@code *}. */
    public boolean appliesTo(int pt) {
        return isWildcard() || payloadType.equals(Integer.toString(pt));
    }

    public Optional<String> subtypeValue() {
        return Optional.ofNullable(subtype);
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
