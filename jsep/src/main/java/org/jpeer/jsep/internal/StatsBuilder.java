package org.jpeer.jsep.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpeer.dtls.Fingerprint;
import org.jpeer.dtls.RTCCertificate;
import org.jpeer.dtls.SrtpSession;
import org.jpeer.ice.CandidatePair;
import org.jpeer.ice.IceAgent;
import org.jpeer.ice.IceCandidate;
import org.jpeer.ice.IceConnectionState;
import org.jpeer.ice.IceGatheringState;
import org.jpeer.ice.IceTransportStats;
import org.jpeer.jsep.RTCStats;
import org.jpeer.jsep.negotiation.NegotiatedMedia;
import org.jpeer.jsep.negotiation.NegotiatedSession;
import org.jpeer.jsep.negotiation.RtpCodec;
import org.jpeer.rtp.rtcp.NtpTime;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.SenderReport;
import org.jpeer.rtp.stream.RtpReceiverStream;
import org.jpeer.rtp.stream.RtpSenderStream;

/**
 * Assembles a {@code getStats()} report with the W3C stats types and field names
 * (webrtc-stats), using ids in the style Chrome uses ({@code T01}, {@code OT01A<ssrc>}, ...), so a
 * report reads like a page's {@code Object.fromEntries(await pc.getStats())}.
 */
public final class StatsBuilder {
    private static final String TRANSPORT_ID = "T01";

    private final double timestamp;
    private final List<RTCStats> stats = new ArrayList<>();
    private final Map<String, RTCStats> codecs = new LinkedHashMap<>();
    private final Set<String> candidateIds = new HashSet<>();

    public StatsBuilder(long nowMillis) {
        this.timestamp = nowMillis;
    }

    public void peerConnection() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("dataChannelsOpened", 0);
        f.put("dataChannelsClosed", 0);
        stats.add(new RTCStats("P", "peer-connection", timestamp, f));
    }

    /**
     * The transport, its selected pair, candidates and certificate; with JPeer's own counters:
     * received packets the pipeline dropped before any stream ({@code unroutedRtp} that no m-section
     * claimed, plus those without keys or malformed) and outgoing RTP made before the keys existed.
     */
    public void transport(SecureTransport transport, IceAgent ice, IceConnectionState iceState,
                          IceGatheringState gatheringState, RTCCertificate certificate, NegotiatedSession negotiated,
                          long unroutedRtp) {
        IceTransportStats io = ice.transport().stats();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("packetsSent", io.packetsSent());
        f.put("bytesSent", io.bytesSent());
        f.put("packetsReceived", io.packetsReceived());
        f.put("bytesReceived", io.bytesReceived());
        f.put("dtlsState", transport.dtlsState().w3cName());
        f.put("iceState", iceState.w3cName());
        f.put("iceGatheringState", gatheringState.w3cName());
        f.put("iceLocalUsernameFragment", ice.localParameters().ufrag());
        if (negotiated != null) {
            f.put("iceRole", negotiated.localIceRole().name().toLowerCase(Locale.ROOT));
            f.put("dtlsRole", negotiated.localDtlsRole().name().toLowerCase(Locale.ROOT));
        }
        SrtpSession srtp = transport.srtp();
        if (srtp != null) {
            f.put("tlsVersion", "FEFD");
            f.put("srtpCipher", srtp.profile().w3cName());
        }
        Optional<CandidatePair> pair = ice.selectedPair();
        pair.ifPresent(p -> {
            String local = candidateId(p.local());
            String remote = candidateId(p.remote());
            String pairId = "CP" + local.substring(1) + "_" + remote.substring(1);
            f.put("selectedCandidatePairId", pairId);
            candidate(local, "local-candidate", p.local());
            candidate(remote, "remote-candidate", p.remote());
            Map<String, Object> cp = new LinkedHashMap<>();
            cp.put("transportId", TRANSPORT_ID);
            cp.put("localCandidateId", local);
            cp.put("remoteCandidateId", remote);
            cp.put("state", "succeeded");
            cp.put("nominated", true);
            cp.put("packetsSent", io.packetsSent());
            cp.put("bytesSent", io.bytesSent());
            cp.put("packetsReceived", io.packetsReceived());
            cp.put("bytesReceived", io.bytesReceived());
            p.roundTripTime().ifPresent(rtt -> cp.put("currentRoundTripTime", rtt.toNanos() / 1e9));
            stats.add(new RTCStats(pairId, "candidate-pair", timestamp, cp));
        });
        String certId = certificate(certificate);
        f.put("localCertificateId", certId);
        f.put("jpeerPacketsDropped", unroutedRtp + transport.droppedPackets());
        f.put("jpeerPacketsUnsent", transport.unsentPackets());
        stats.add(0, new RTCStats(TRANSPORT_ID, "transport", timestamp, f));
    }

    /** {@code remote} is the peer's last report block about this stream, if any came. */
    public void outbound(String kind, OutboundStream o, String trackId, Optional<RemoteReports.Block> remote) {
        RtpSenderStream s = o.stream();
        String id = "OT01" + kindLetter(kind) + s.ssrc();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ssrc", s.ssrc());
        f.put("kind", kind);
        f.put("transportId", TRANSPORT_ID);
        f.put("codecId", codec(kind, o.codec()));
        f.put("mid", o.mid());
        f.put("packetsSent", s.packetsSent());
        f.put("bytesSent", s.octetsSent());
        f.put("nackCount", o.nacksReceived());
        f.put("retransmittedPacketsSent", o.retransmittedPacketsSent());
        f.put("retransmittedBytesSent", o.retransmittedBytesSent());
        if ("video".equals(kind)) {
            f.put("framesSent", s.framesSent());
        }
        if (trackId != null) {
            f.put("mediaSourceId", "S" + trackId);
        }
        if (remote.isPresent()) {
            String remoteId = "RI" + kindLetter(kind) + s.ssrc();
            f.put("remoteId", remoteId);
            Map<String, Object> r = remoteRtp(s.ssrc(), kind, codec(kind, o.codec()), id);
            ReportBlock block = remote.get().block();
            r.put("packetsLost", block.cumulativeLost());
            r.put("fractionLost", block.fractionLost() / 256.0);
            r.put("jitter", (double) block.jitter() / o.codec().clockRate());
            r.put("reportsReceived", remote.get().count());
            if (s.roundTripMillis() >= 0) {
                r.put("roundTripTime", s.roundTripMillis() / 1000.0);
            }
            stats.add(new RTCStats(remoteId, "remote-inbound-rtp", remote.get().arrivalMillis(), r));
        }
        stats.add(new RTCStats(id, "outbound-rtp", timestamp, f));
    }

    /** {@code remote} is the peer's last sender report for this stream, if any came. */
    public void inbound(String kind, InboundStream in, String trackId, Optional<RemoteReports.Sent> remote) {
        RtpReceiverStream s = in.stream();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ssrc", s.ssrc());
        f.put("kind", kind);
        f.put("transportId", TRANSPORT_ID);
        f.put("codecId", codec(kind, in.codec()));
        f.put("mid", in.mid());
        f.put("trackIdentifier", trackId);
        f.put("packetsReceived", s.packetsReceived());
        f.put("bytesReceived", s.bytesReceived());
        f.put("packetsLost", s.packetsLost());
        f.put("jitter", (double) s.jitter() / in.codec().clockRate());
        f.put("nackCount", in.nacksSent());
        f.put("retransmittedPacketsReceived", in.retransmittedPacketsReceived());
        f.put("retransmittedBytesReceived", in.retransmittedBytesReceived());
        if ("video".equals(kind)) {
            f.put("framesReceived", in.framesDelivered());
            f.put("keyFramesReceived", in.keyframesDelivered());
            f.put("framesDropped", s.framesDropped());
            f.put("pliCount", in.keyframeRequests());
            if (in.frameWidth() > 0) {
                f.put("frameWidth", in.frameWidth());
                f.put("frameHeight", in.frameHeight());
            }
        }
        String id = "IT01" + kindLetter(kind) + s.ssrc();
        remote.ifPresent(sent -> {
            String remoteId = "RO" + kindLetter(kind) + s.ssrc();
            f.put("remoteId", remoteId);
            Map<String, Object> r = remoteRtp(s.ssrc(), kind, codec(kind, in.codec()), id);
            SenderReport sr = sent.report();
            r.put("packetsSent", sr.packetCount());
            r.put("bytesSent", sr.octetCount());
            r.put("remoteTimestamp", (double) NtpTime.toEpochMillis(sr.ntpTimestamp()));
            r.put("reportsSent", sent.count());
            stats.add(new RTCStats(remoteId, "remote-outbound-rtp", sent.arrivalMillis(), r));
        });
        stats.add(new RTCStats(id, "inbound-rtp", timestamp, f));
    }

    private static Map<String, Object> remoteRtp(long ssrc, String kind, String codecId, String localId) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ssrc", ssrc);
        r.put("kind", kind);
        r.put("transportId", TRANSPORT_ID);
        r.put("codecId", codecId);
        r.put("localId", localId);
        return r;
    }

    /** A {@code codec} object for every payload type negotiated to send or receive. */
    public void negotiatedCodecs(NegotiatedSession negotiated) {
        for (NegotiatedMedia m : negotiated.media()) {
            String kind = m.kind().sdpName();
            m.sendCodec().ifPresent(c -> codec(kind, c));
            m.receiveCodecs().values().forEach(c -> codec(kind, c));
        }
    }

    /** Every candidate gathered and every remote one added, not only the selected pair's. */
    public void candidates(List<IceCandidate> local, Collection<IceCandidate> remote) {
        local.forEach(c -> candidate(candidateId(c), "local-candidate", c));
        remote.forEach(c -> candidate(candidateId(c), "remote-candidate", c));
    }


    public List<RTCStats> build() {
        List<RTCStats> all = new ArrayList<>(stats);
        all.addAll(codecs.values());
        return all;
    }

    private String codec(String kind, RtpCodec codec) {
        String fmtp = sdpFmtpLine(codec);
        String id = "C" + TRANSPORT_ID + "_" + codec.payloadType() + (fmtp.isEmpty() ? "" : "_" + fmtp);
        codecs.computeIfAbsent(id, k -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("transportId", TRANSPORT_ID);
            f.put("payloadType", codec.payloadType());
            f.put("mimeType", kind + "/" + codec.name());
            f.put("clockRate", codec.clockRate());
            if (codec.channels() > 1) {
                f.put("channels", codec.channels());
            }
            if (!fmtp.isEmpty()) {
                f.put("sdpFmtpLine", fmtp);
            }
            return new RTCStats(k, "codec", timestamp, f);
        });
        return id;
    }

    private static String sdpFmtpLine(RtpCodec codec) {
        StringBuilder b = new StringBuilder();
        codec.fmtp().forEach((k, v) -> {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(k);
            if (v != null && !v.isEmpty()) {
                b.append('=').append(v);
            }
        });
        return b.toString();
    }

    private String certificate(RTCCertificate certificate) {
        Fingerprint fp = certificate.fingerprint();
        String value = fp.toSdpValue().substring(fp.algorithm().length() + 1);
        String id = "CF" + value;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("fingerprint", value);
        f.put("fingerprintAlgorithm", fp.algorithm());
        f.put("base64Certificate", Base64.getEncoder().encodeToString(certificate.derEncoded()));
        stats.add(new RTCStats(id, "certificate", timestamp, f));
        return id;
    }

    private void candidate(String id, String type, IceCandidate c) {
        if (!candidateIds.add(id)) {
            return;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("transportId", TRANSPORT_ID);
        f.put("address", c.address());
        f.put("port", c.port());
        f.put("protocol", c.transport().toLowerCase(Locale.ROOT));
        f.put("candidateType", c.type().sdpName());
        f.put("priority", c.priority());
        f.put("foundation", c.foundation());
        c.ufrag().ifPresent(u -> f.put("usernameFragment", u));
        stats.add(new RTCStats(id, type, timestamp, f));
    }

    private static String candidateId(IceCandidate c) {
        return "I" + Integer.toHexString((c.address() + ":" + c.port() + "/" + c.transport() + "/" + c.type()).hashCode());
    }

    private static String kindLetter(String kind) {
        return "audio".equals(kind) ? "A" : "V";
    }
}
