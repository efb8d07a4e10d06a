package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.jpeer.ice.IceCandidate;
import org.jpeer.jsep.sdp.Fingerprint;
import org.jpeer.jsep.sdp.SessionDescription;

/** Test fixtures: transports, senders, and a complete offer/answer between two sessions. */
final class Peers {

    private Peers() {
    }

    static LocalTransport transport(long seed) {
        byte[] digest = new byte[32];
        new Random(seed).nextBytes(digest);
        return new LocalTransport(IceCredentials.generate(new Random(seed)), Fingerprint.of("sha-256", digest),
                List.of(IceCandidate.of("1", 1, "udp", 2122260223L, "127.0.0.1", 50000 + (int) seed, IceCandidate.Type.HOST)),
                false);
    }

    static SenderInfo audio(long ssrc) {
        return new SenderInfo(ssrc, OptionalLong.empty(), "cname" + ssrc, "stream" + ssrc, "audio" + ssrc);
    }

    static SenderInfo video(long ssrc) {
        return new SenderInfo(ssrc, OptionalLong.of(ssrc + 1), "cname" + ssrc, "stream" + ssrc, "video" + ssrc);
    }

    static JsepSession session(long seed) {
        return new JsepSession(LocalCapabilities.defaults(), new Random(seed));
    }

    /** Offer from {@code a}, answer from {@code b}, both applied; returns {offer, answer}. */
    static SessionDescription[] negotiate(JsepSession a, LocalTransport ta, JsepSession b, LocalTransport tb) {
        return negotiate(a, OfferOptions.DEFAULT, ta, b, tb);
    }

    static SessionDescription[] negotiate(JsepSession a, OfferOptions options, LocalTransport ta,
                                          JsepSession b, LocalTransport tb) {
        SessionDescription offer = a.createOffer(options, ta);
        a.setLocalDescription(RTCSdpType.OFFER, offer);
        b.setRemoteDescription(RTCSdpType.OFFER, offer);
        SessionDescription answer = b.createAnswer(tb);
        b.setLocalDescription(RTCSdpType.ANSWER, answer);
        a.setRemoteDescription(RTCSdpType.ANSWER, answer);
        return new SessionDescription[] {offer, answer};
    }

    /** The description's lines, for asserting exact SDP. */
    static List<String> lines(SessionDescription d) {
        return List.of(d.write().split("\r\n"));
    }
}
