package org.jpeer.jsep.internal;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import org.jpeer.jsep.negotiation.NegotiatedMedia;
import org.jpeer.jsep.negotiation.RtpCodec;
import org.jpeer.jsep.negotiation.RtpHeaderExtension;
import org.jpeer.jsep.negotiation.SenderInfo;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.Packetizer;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.SenderReport;
import org.jpeer.rtp.stream.RtpSenderStream;

/**
 * One RTP stream we send on a negotiated m-section: frames in, packets with the MID header
 * extension out through the secure transport. Runs on the connection's executor.
 */
public final class OutboundStream {
    private final NegotiatedMedia media;
    private final RtpCodec codec;
    private final RtpSenderStream stream;
    private final SecureTransport transport;

    private OutboundStream(NegotiatedMedia media, RtpCodec codec, RtpSenderStream stream, SecureTransport transport) {
        this.media = media;
        this.codec = codec;
        this.stream = stream;
        this.transport = transport;
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
        return new OutboundStream(media, codec, b.build(), transport);
    }

    public void send(EncodedFrame frame) {
        List<RtpPacket> packets = stream.packetize(frame);
        for (RtpPacket p : packets) {
            transport.sendRtp(p);
        }
    }

    public SenderReport senderReport(List<ReportBlock> blocks) {
        return stream.senderReport(blocks);
    }

    public void onReportBlock(ReportBlock block) {
        stream.onReportBlock(block);
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
