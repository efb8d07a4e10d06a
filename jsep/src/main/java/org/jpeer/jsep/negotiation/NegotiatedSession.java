package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jpeer.dtls.DtlsRole;
import org.jpeer.ice.IceCandidate;
import org.jpeer.ice.IceRole;
import org.jpeer.jsep.sdp.Fingerprint;

/**
 * The outcome of an offer/answer exchange, as the peer connection configures ICE, DTLS and RTP
 * from it. With max-bundle there is one transport: the one of the BUNDLE-tagged m-section
 * (RFC 8843 §7), whatever the other m-sections say.
 *
 * <pre>{@code
 * NegotiatedSession n = session.negotiated().orElseThrow();
 * ice.setRemoteCredentials(n.remoteIceUfrag(), n.remoteIcePwd());
 * ice.setControlling(n.localIceRole() == IceRole.CONTROLLING);
 * n.remoteCandidates().forEach(ice::addRemoteCandidate);
 * dtls.start(n.localDtlsRole(), n.remoteFingerprint());
 * }</pre>
 *
 * @param provisional            {@code true} after a pranswer, until the final answer
 * @param localIceRole           controlling when we offered or the remote is ice-lite; kept across
 *                               renegotiations until an ICE restart
 * @param remoteIceLite          whether the remote is an ice-lite agent
 * @param remoteIceUfrag         the remote's username fragment
 * @param remoteIcePwd           the remote's password
 * @param remoteCandidates       candidates carried in the remote description's tagged m-section
 * @param remoteEndOfCandidates  whether the remote said {@code a=end-of-candidates}
 * @param remoteFingerprint      the fingerprint the remote's DTLS certificate must have
 * @param localDtlsRole          CLIENT when our setup is active, SERVER when passive
 * @param iceRestart             whether this negotiation changed the ICE credentials of either side
 * @param bundleMid              the mid of the BUNDLE-tagged m-section whose transport everything uses
 * @param media                  the accepted audio/video m-sections in m-line order
 * @param rejectedMids           mids of m-sections rejected or stopped (port 0)
 */
public record NegotiatedSession(boolean provisional, IceRole localIceRole, boolean remoteIceLite,
                                String remoteIceUfrag, String remoteIcePwd, List<IceCandidate> remoteCandidates,
                                boolean remoteEndOfCandidates, Fingerprint remoteFingerprint, DtlsRole localDtlsRole,
                                boolean iceRestart, String bundleMid, List<NegotiatedMedia> media,
                                List<String> rejectedMids) {

    public NegotiatedSession {
        Objects.requireNonNull(localIceRole, "localIceRole");
        Objects.requireNonNull(remoteIceUfrag, "remoteIceUfrag");
        Objects.requireNonNull(remoteIcePwd, "remoteIcePwd");
        Objects.requireNonNull(remoteFingerprint, "remoteFingerprint");
        Objects.requireNonNull(localDtlsRole, "localDtlsRole");
        remoteCandidates = List.copyOf(remoteCandidates);
        media = List.copyOf(media);
        rejectedMids = List.copyOf(rejectedMids);
    }

    /** The m-section with this mid, as RTP demultiplexing by the MID extension needs. */
    public Optional<NegotiatedMedia> mediaByMid(String mid) {
        return media.stream().filter(m -> m.mid().equals(mid)).findFirst();
    }
}
