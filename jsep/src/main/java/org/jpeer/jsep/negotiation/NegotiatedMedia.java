package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jpeer.jsep.sdp.Msid;

/**
 * One accepted audio or video m-section after an answer: everything the RTP pipeline needs to
 * send and receive on it.
 *
 * <pre>{@code
 * for (NegotiatedMedia m : negotiated.media()) {
 *     int midExtension = m.headerExtensionIds().get(RtpHeaderExtension.MID);
 *     m.sendCodec().ifPresent(c -> packetizerFor(c.name(), c.payloadType()));
 * }
 * }</pre>
 *
 * @param transceiverId      the {@link TransceiverState#id()} this m-section belongs to
 * @param mLineIndex         position in the description
 * @param mid                the m-section's mid
 * @param kind               audio or video
 * @param direction          the negotiated direction from our side
 * @param sendCodec          the codec to send: the first common one, with the remote's format
 *                           parameters (what it can receive) and the agreed feedback; present
 *                           whenever a codec is common, also while {@code direction} does not send
 * @param sendRtxPayloadType the rtx payload type repairing {@code sendCodec}, empty without rtx
 * @param receiveCodecs      every payload type we accept, including rtx and RED, by number
 * @param headerExtensionIds negotiated header extension ids by URI
 * @param localSender        what we send, present when {@code direction} sends
 * @param remoteSsrcs        the remote's primary SSRCs from {@code a=ssrc} (rtx ones left out)
 * @param remoteRtxSsrcs     remote rtx SSRC by primary SSRC, from {@code a=ssrc-group:FID}
 * @param remoteCname        the remote's RTCP CNAME from {@code a=ssrc:... cname:}
 * @param remoteMsid         the remote's stream and track ids from {@code a=msid} or {@code a=ssrc:... msid:}
 * @param rtcpRsize          whether reduced-size RTCP (RFC 5506) was agreed
 */
public record NegotiatedMedia(int transceiverId, int mLineIndex, String mid, MediaKind kind,
                              RTCRtpTransceiverDirection direction, Optional<RtpCodec> sendCodec,
                              OptionalInt sendRtxPayloadType, Map<Integer, RtpCodec> receiveCodecs,
                              Map<String, Integer> headerExtensionIds, Optional<SenderInfo> localSender,
                              List<Long> remoteSsrcs, Map<Long, Long> remoteRtxSsrcs, Optional<String> remoteCname,
                              Optional<Msid> remoteMsid, boolean rtcpRsize) {

    public NegotiatedMedia {
        Objects.requireNonNull(mid, "mid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        receiveCodecs = Map.copyOf(receiveCodecs);
        headerExtensionIds = Map.copyOf(headerExtensionIds);
        remoteSsrcs = List.copyOf(remoteSsrcs);
        remoteRtxSsrcs = Map.copyOf(remoteRtxSsrcs);
    }

    /** Our SSRCs on this m-section: the primary, then the rtx one; empty when we do not send. */
    public List<Long> localSsrcs() {
        return localSender.map(s -> {
            OptionalLong rtx = s.rtxSsrc();
            return rtx.isPresent() && sendRtxPayloadType.isPresent() ? List.of(s.ssrc(), rtx.getAsLong()) : List.of(s.ssrc());
        }).orElse(List.of());
    }
}
