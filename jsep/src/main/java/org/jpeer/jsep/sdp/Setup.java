package org.jpeer.jsep.sdp;

import java.util.Locale;

/**
 * {@code a=setup:ROLE} (RFC 4145 §4, RFC 8842): which side opens the DTLS connection. An offer says
 * {@code actpass}, an answer {@code active} or {@code passive}.
 *
 * <pre>{@code
 * Setup.parse("actpass").role();   // ACTPASS
 * }</pre>
 */
public record Setup(Role role) implements SdpAttribute {
    public static final String NAME = "setup";

    /** The setup roles of RFC 4145. */
    public enum Role {
        ACTIVE, PASSIVE, ACTPASS, HOLDCONN;

        public String sdpName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role fromSdp(String s) {
            for (Role r : values()) {
                if (r.sdpName().equals(s)) {
                    return r;
                }
            }
            throw SdpGrammar.violation("unknown setup role '" + s + "'");
        }
    }

    public Setup {
        SdpGrammar.check(role != null, "setup needs a role");
    }

    /** Parses the attribute value (the text after the colon); throws {@link IllegalArgumentException} naming the rule. */
    public static Setup parse(String value) {
        SdpGrammar.check(value != null, NAME + " needs a value");
        return new Setup(Role.fromSdp(value));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return role.sdpName();
    }
}
