package org.jpeer.jsep.internal;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jpeer.jsep.negotiation.NegotiatedMedia;
import org.jpeer.jsep.negotiation.RtpCodec;
import org.jpeer.jsep.negotiation.RtpHeaderExtension;
import org.jpeer.jsep.negotiation.SenderInfo;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.feedback.NackResponder;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.Packetizer;
import org.jpeer.rtp.pipeline.RtpPipeline;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.RtcpPacket;
import org.jpeer.rtp.rtcp.SenderReport;
import org.jpeer.rtp.stream.RtpSenderStream;

/**
 * One RTP stream we send on a negotiated m-section: frames in, packets with the MID header
 * extension out through the secure transport. Runs on the connection's executor.
 *
 * <p>Packets pass a send {@link RtpPipeline} that keeps them for retransmission: a generic NACK
 * is answered with RTX when the m-section negotiated it. Without RTX a NACK is only counted,
 * since SRTP never protects one SSRC and sequence number twice.
 */
public final class OutboundStream {
    private final NegotiatedMedia media;
    private final RtpCodec codec;
    private final RtpSenderStream stream;
    private final SecureTransport transport;
    private final InstantSource clock;
    private final NackResponder nacks;
    private final RtpPipeline pipeline;

    private OutboundStream(NegotiatedMedia media, RtpCodec codec, RtpSenderStream stream, SecureTransport transport,
                           InstantSource clock) {
        this.media = media;
        this.codec = codec;
        this.stream = stream;
        this.transport = transport;
        this.clock = clock;
        SenderInfo sender = media.localSender().orElseThrow();
        this.nacks = media.sendRtxPayloadType().isPresent() && sender.rtxSsrc().isPresent()
                ? NackResponder.rtx(sender.ssrc(), sender.rtxSsrc().getAsLong(), media.sendRtxPayloadType().getAsInt(),
                        ThreadLocalRandom.current().nextInt(0x10000))
                : NackResponder.countOnly(sender.ssrc());
        this.pipeline = new RtpPipeline(List.of(nacks));
    }

    /**
     * The stream for a negotiated m-section that sends, or {@code null} when it does not send or
     * its codec has no payload format here.
     */
    public static OutboundStream create(NegotiatedMedia media, SecureTransport transport, int maxPayloadSize,
                                        InstantSource clock) {
        if (!media.direction().sends() || media.sendCodec().isEmpty() || media.localSender().isEmpty()) {
            return null;
        }
        RtpCodec codec = media.sendCodec().get();
        Packetizer packetizer = PayloadFormats.packetizer(codec.name()).orElse(null);
        if (packetizer == null) {
            return null;
        }
        SenderInfo sender = media.localSender().get();
        RtpSenderStream.Builder b = RtpSenderStream.builder()
                .ssrc(sender.ssrc())
                .payloadType(codec.payloadType())
                .clockRate(codec.clockRate())
                .packetizer(packetizer)
                .maxPayloadSize(maxPayloadSize)
                .clock(clock);
        Integer midId = media.headerExtensionIds().get(RtpHeaderExtension.MID);
        if (midId != null) {
            b.extension(midId, media.mid().getBytes(StandardCharsets.US_ASCII));
        }
        return new OutboundStream(media, codec, b.build(), transport, clock);
    }

    public void send(EncodedFrame frame) {
        long now = clock.millis();
        for (RtpPacket p : stream.packetize(frame)) {
            pipeline.sendRtp(p, now);
        }
        flush(now);
    }

    /** RTCP about this stream from the remote receiver, e.g. a generic NACK. */
    public void onRtcp(RtcpPacket packet) {
        long now = clock.millis();
        pipeline.receiveRtcp(List.of(packet), now);
        flush(now);
    }

    private void flush(long now) {
        pipeline.poll(now).rtp().forEach(transport::sendRtp);
    }

    public SenderReport senderReport(List<ReportBlock> blocks) {
        return stream.senderReport(blocks);
    }

    public void onReportBlock(ReportBlock block) {
        stream.onReportBlock(block);
        pipeline.setRoundTripMillis(stream.roundTripMillis());
    }

    /** Generic NACKs received for this stream (W3C {@code nackCount}). */
    public long nacksReceived() {
        return nacks.nacksReceived();
    }

    /** RTX packets sent in answer to NACKs (W3C {@code retransmittedPacketsSent}). */
    public long retransmittedPacketsSent() {
        return nacks.packetsRetransmitted();
    }

    /** W3C {@code retransmittedBytesSent}. */
    public long retransmittedBytesSent() {
        return nacks.bytesRetransmitted();
    }

    public long ssrc() {
        return stream.ssrc();
    }

    public String mid() {
        return media.mid();
    }

    public RtpCodec codec() {
        return codec;
    }

    public RtpSenderStream stream() {
        return stream;
    }
}
