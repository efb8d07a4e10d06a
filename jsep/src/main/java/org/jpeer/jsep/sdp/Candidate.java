package org.jpeer.jsep.sdp;

import java.util.Objects;
import org.jpeer.ice.IceCandidate;

/**
 * {@code a=candidate:...} (RFC 8839 §5.1), every field kept by {@link IceCandidate}, including TCP
 * types, {@code .local} host names and unknown extensions.
 *
 * <pre>{@code
 * Candidate c = Candidate.parse("1 1 udp 2122260223 192.0.2.1 54321 typ host generation 0");
 * c.candidate().port();   // 54321
 * }</pre>
 */
public record Candidate(IceCandidate candidate) implements SdpAttribute {
    public static final String NAME = "candidate";
    private static final String PREFIX = "candidate:";

    public Candidate {
        Objects.requireNonNull(candidate, "candidate");
    }

    /**
     * @throws IllegalArgumentException (an {@link org.jpeer.ice.InvalidCandidateException}) naming the field
     */
    public static Candidate parse(String value) {
        SdpGrammar.check(value != null, NAME + " needs a value");
        return new Candidate(IceCandidate.parse(PREFIX + value));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return candidate.toSdpValue().substring(PREFIX.length());
    }
}
