package org.jpeer.jsep.negotiation;

import java.util.List;
import java.util.Optional;
import org.jpeer.jsep.sdp.Candidate;
import org.jpeer.jsep.sdp.Connection;
import org.jpeer.jsep.sdp.DirectionAttribute;
import org.jpeer.jsep.sdp.EndOfCandidates;
import org.jpeer.jsep.sdp.Extmap;
import org.jpeer.jsep.sdp.IceOptions;
import org.jpeer.jsep.sdp.IcePwd;
import org.jpeer.jsep.sdp.IceUfrag;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.Mid;
import org.jpeer.jsep.sdp.Msid;
import org.jpeer.jsep.sdp.Rtcp;
import org.jpeer.jsep.sdp.RtcpMux;
import org.jpeer.jsep.sdp.RtcpRsize;
import org.jpeer.jsep.sdp.Setup;
import org.jpeer.jsep.sdp.Ssrc;
import org.jpeer.jsep.sdp.SsrcGroup;

/** Writes our m-sections with the attributes and in the order Chrome uses, so peers that expect Chrome are at home. */
final class MediaSectionWriter {

    /** The only protocol we speak: DTLS-SRTP with AVPF feedback over ICE (RFC 5764, RFC 8843). */
    static final String PROTOCOL = "UDP/TLS/RTP/SAVPF";
    /** The discard port JSEP writes when ICE chooses the real addresses (RFC 9429 §5.2.1). */
    private static final int DISCARD_PORT = 9;

    /**
     * What goes into one active m-section.
     *
     * @param candidates whether this is the BUNDLE-tagged section that carries our candidates
     * @param rtcpRsize  whether to write {@code a=rtcp-rsize} (always in offers; in answers when offered)
     */
    record Content(MediaKind kind, String mid, List<RtpCodec> codecs, List<RtpHeaderExtension> extensions,
                   RTCRtpTransceiverDirection direction, Optional<SenderInfo> sender, Setup.Role setup,
                   boolean candidates, boolean rtcpRsize) {
    }

    private MediaSectionWriter() {
    }

    static MediaDescription active(Content c, IceCredentials ice, LocalTransport transport) {
        MediaDescription.Builder b = MediaDescription.builder(c.kind().sdpName(), DISCARD_PORT, PROTOCOL)
                .payloadTypes(c.codecs().stream().map(RtpCodec::payloadType).toList())
                .connection(Connection.UNSPECIFIED)
                .addAttribute(new Rtcp(DISCARD_PORT, "IN", "IP4", "0.0.0.0"));
        if (c.candidates()) {
            transport.candidates().forEach(cand -> b.addAttribute(new Candidate(cand)));
            if (transport.endOfCandidates()) {
                b.addAttribute(new EndOfCandidates());
            }
        }
        b.addAttribute(new IceUfrag(ice.ufrag()))
                .addAttribute(new IcePwd(ice.pwd()))
                .addAttribute(new IceOptions(List.of(IceOptions.TRICKLE)))
                .addAttribute(transport.fingerprint())
                .addAttribute(new Setup(c.setup()))
                .addAttribute(new Mid(c.mid()));
        c.extensions().forEach(e -> b.addAttribute(new Extmap(e.id(), e.uri())));
        b.addAttribute(new DirectionAttribute(SdpConversions.toSdp(c.direction())));
        Optional<SenderInfo> sending = c.sender().filter(s -> c.direction().sends());
        sending.ifPresent(s -> b.addAttribute(new Msid(s.streamId(), s.trackId())));
        b.addAttribute(new RtcpMux());
        if (c.rtcpRsize()) {
            b.addAttribute(new RtcpRsize());
        }
        c.codecs().forEach(codec -> b.addAttributes(SdpConversions.attributes(codec)));
        boolean rtx = c.codecs().stream().anyMatch(RtpCodec::isRtx);
        sending.ifPresent(s -> writeSsrcs(b, s, rtx));
        return b.build();
    }

    /** {@code ssrc-group:FID} and the {@code cname}/{@code msid} lines Chrome writes for a sender. */
    private static void writeSsrcs(MediaDescription.Builder b, SenderInfo s, boolean rtx) {
        List<Long> ssrcs = rtx && s.rtxSsrc().isPresent() ? List.of(s.ssrc(), s.rtxSsrc().getAsLong()) : List.of(s.ssrc());
        if (ssrcs.size() == 2) {
            b.addAttribute(new SsrcGroup(SsrcGroup.FID, ssrcs));
        }
        for (long ssrc : ssrcs) {
            b.addAttribute(new Ssrc(ssrc, "cname", s.cname()));
            b.addAttribute(new Ssrc(ssrc, "msid", s.streamId() + " " + s.trackId()));
        }
    }

    /**
     * A rejected or stopped m-section (RFC 9429 §5.2.2, §5.3.1): port 0, the m-line's media,
     * protocol and formats kept, and the mid so the other side can still match it.
     */
    static MediaDescription rejected(String media, String protocol, List<String> formats, Optional<String> mid) {
        MediaDescription.Builder b = MediaDescription.builder(media, 0, protocol)
                .formats(formats)
                .connection(Connection.UNSPECIFIED);
        mid.ifPresent(m -> b.addAttribute(new Mid(m)));
        return b.build();
    }
}
