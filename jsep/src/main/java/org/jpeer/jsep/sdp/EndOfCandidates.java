package org.jpeer.jsep.sdp;

/**
 * {@code a=end-of-candidates}: no more candidates follow for this section (RFC 8840 §8.2).
 *
 * <pre>{@code
 * new EndOfCandidates().toSdpLine();   // "a=end-of-candidates"
 * }</pre>
 */
public record EndOfCandidates() implements SdpAttribute {
    public static final String NAME = "end-of-candidates";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdpValue() {
        return null;
    }
}
