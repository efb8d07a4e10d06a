package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.Objects;
import org.jpeer.ice.IceCandidate;
import org.jpeer.jsep.sdp.Fingerprint;

/**
 * What the connection's transport contributes to a local description: the ICE credentials, the
 * DTLS certificate's fingerprint and the candidates gathered so far. {@code ice-options:trickle}
 * is always offered, and the session chooses {@code a=setup} itself.
 *
 * <pre>{@code
 * LocalTransport t = new LocalTransport(IceCredentials.generate(random),
 *         new Fingerprint("sha-256", certFingerprintHex), List.of(), false);
 * }</pre>
 *
 * @param ice             our ICE credentials; new ones for an ICE restart
 * @param fingerprint     the fingerprint of our DTLS certificate
 * @param candidates      candidates gathered so far, written into the BUNDLE-tagged m-section
 * @param endOfCandidates whether gathering is complete ({@code a=end-of-candidates})
 */
public record LocalTransport(IceCredentials ice, Fingerprint fingerprint, List<IceCandidate> candidates,
                             boolean endOfCandidates) {

    public LocalTransport {
        Objects.requireNonNull(ice, "ice");
        Objects.requireNonNull(fingerprint, "fingerprint");
        candidates = List.copyOf(candidates);
    }
}
