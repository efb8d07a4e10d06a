package org.jpeer.jsep.internal;

import java.time.InstantSource;
import java.util.List;
import java.util.function.Consumer;
import org.jpeer.jsep.negotiation.RtpCodec;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.payload.Depacketizer;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.SenderReport;
import org.jpeer.rtp.stream.RtpReceiverStream;

/**
 * One remote SSRC we receive: packets in, assembled frames out to the remote track, reception
 * statistics for receiver reports and {@code inbound-rtp}. Runs on the connection's executor.
 */
public final class InboundStream {
    private final String mid;
    private final RtpCodec codec;
    private final RtpReceiverStream stream;
    private final Consumer<EncodedFrame> sink;
    private long framesDelivered;
    private long keyframesDelivered;
    private int frameWidth;
    private int frameHeight;

    private InboundStream(String mid, RtpCodec codec, RtpReceiverStream stream, Consumer<EncodedFrame> sink) {
        this.mid = mid;
        this.codec = codec;
        this.stream = stream;
        this.sink = sink;
    }

    /** A stream for the codec of its first packet, or {@code null} when no payload format handles it. */
    public static InboundStream create(String mid, long ssrc, RtpCodec codec, InstantSource clock,
                                       Consumer<EncodedFrame> sink) {
        Depacketizer depacketizer = PayloadFormats.depacketizer(codec.name()).orElse(null);
        if (depacketizer == null) {
            return null;
        }
        return new InboundStream(mid, codec, new RtpReceiverStream(ssrc, codec.clockRate(), depacketizer, clock), sink);
    }

    public void receive(RtpPacket packet) {
        List<EncodedFrame> frames = stream.receive(packet);
        for (EncodedFrame f : frames) {
            framesDelivered++;
            if (f.keyframe()) {
                keyframesDelivered++;
            }
            if (f.width() > 0) {
                frameWidth = f.width();
                frameHeight = f.height();
            }
            sink.accept(f);
        }
    }

    public void onSenderReport(SenderReport sr) {
        stream.onSenderReport(sr);
    }

    public ReportBlock reportBlock() {
        return stream.reportBlock();
    }

    public String mid() {
        return mid;
    }

    public RtpCodec codec() {
        return codec;
    }

    public RtpReceiverStream stream() {
        return stream;
    }

    public long framesDelivered() {
        return framesDelivered;
    }

    public long keyframesDelivered() {
        return keyframesDelivered;
    }

    public int frameWidth() {
        return frameWidth;
    }

    public int frameHeight() {
        return frameHeight;
    }
}
