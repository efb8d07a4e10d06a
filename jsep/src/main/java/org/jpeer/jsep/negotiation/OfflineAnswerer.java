package org.jpeer.jsep.negotiation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.jpeer.jsep.sdp.Fingerprint;
import org.jpeer.jsep.sdp.SdpParser;
import org.jpeer.jsep.sdp.SessionDescription;

/**
 * The answer JPeer would give to an offer, without a network: what {@code jpeer sdp answer FILE}
 * prints. We offer to send one audio (Opus) and one video track; where the offer only sends, the
 * answer says {@code recvonly}; what we cannot carry (data channels) gets port 0.
 *
 * <p>The answer is deterministic: ICE credentials, SSRCs and the session id come from a hash of
 * the offer, so the same offer always gives the same answer. There are no candidates in it.
 *
 * <pre>{@code
 * String answer = OfflineAnswerer.answer(Files.readString(offerFile), "sha-256", "AB:CD:...");
 * }</pre>
 */
public final class OfflineAnswerer {

    private static final String STREAM_ID = "jpeer";
    private static final String CNAME = "jpeer";

    private OfflineAnswerer() {
    }

    /**
     * @throws org.jpeer.jsep.sdp.InvalidSdpException naming the line when the offer is not SDP
     * @throws InvalidAccessException                 naming the m-line when it breaks a JSEP rule
     * @throws IllegalArgumentException               when the fingerprint is malformed
     */
    public static String answer(String offerSdp, String fingerprintHash, String fingerprintValue) {
        return answer(SdpParser.parse(offerSdp), new Fingerprint(fingerprintHash, fingerprintValue),
                LocalCapabilities.defaults()).write();
    }

    /** The answer as a description, with the given capabilities (e.g. one video codec for {@code --codec}). */
    public static SessionDescription answer(SessionDescription offer, Fingerprint fingerprint, LocalCapabilities capabilities) {
        SplittableRandom random = new SplittableRandom(seed(offer.write()));
        JsepSession session = new JsepSession(capabilities, random);
        session.addTrack(MediaKind.AUDIO, new SenderInfo(ssrc(random), OptionalLong.empty(), CNAME, STREAM_ID, "jpeer-audio"));
        session.addTrack(MediaKind.VIDEO, new SenderInfo(ssrc(random), OptionalLong.of(ssrc(random)), CNAME, STREAM_ID,
                "jpeer-video"));
        session.setRemoteDescription(RTCSdpType.OFFER, offer);
        return session.createAnswer(new LocalTransport(IceCredentials.generate(random), fingerprint, List.of(), false));
    }

    private static long ssrc(SplittableRandom random) {
        // 0 is avoided: some stacks treat it as "no SSRC".
        return 1 + random.nextLong(0xFFFF_FFFFL);
    }

    private static long seed(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long s = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                s = (s << 8) | (d[i] & 0xFF);
            }
            return s;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
