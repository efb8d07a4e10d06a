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
 *
 * <p>A video stream needs a keyframe to start decoding and again after a frame was lost (there is
 * no retransmission yet): until one arrives it asks for one through {@code keyframeNeeded}, at
 * most once per {@link #KEYFRAME_REQUEST_INTERVAL_MILLIS}, as a browser's receiver sends PLI.
 */
public final class InboundStream {
    static final long KEYFRAME_REQUEST_INTERVAL_MILLIS = 300;

    private final String mid;
    private final RtpCodec codec;
    private final RtpReceiverStream stream;
    private final Consumer<EncodedFrame> sink;
    private final Runnable keyframeNeeded;
    private final InstantSource clock;
    private final boolean video;
    private boolean waitingForKeyframe;
    private long lastKeyframeRequestMillis = Long.MIN_VALUE;
    private long framesDroppedSeen;
    private long keyframeRequests;
    private long framesDelivered;
    private long keyframesDelivered;
    private int frameWidth;
    private int frameHeight;

    private InboundStream(String mid, RtpCodec codec, RtpReceiverStream stream, Consumer<EncodedFrame> sink,
                          Runnable keyframeNeeded, InstantSource clock, boolean video) {
        this.mid = mid;
        this.codec = codec;
        this.stream = stream;
        this.sink = sink;
        this.keyframeNeeded = keyframeNeeded;
        this.clock = clock;
        this.video = video;
        this.waitingForKeyframe = video;
    }

    /** A stream for the codec of its first packet, or {@code null} when no payload format handles it. */
    public static InboundStream create(String mid, long ssrc, RtpCodec codec, boolean video, InstantSource clock,
                                       Consumer<EncodedFrame> sink, Runnable keyframeNeeded) {
        Depacketizer depacketizer = PayloadFormats.depacketizer(codec.name()).orElse(null);
        if (depacketizer == null) {
            return null;
        }
        return new InboundStream(mid, codec, new RtpReceiverStream(ssrc, codec.clockRate(), depacketizer, clock), sink,
                keyframeNeeded, clock, video);
    }

    public void receive(RtpPacket packet) {
        List<EncodedFrame> frames = stream.receive(packet);
        if (video && stream.framesDropped() > framesDroppedSeen) {
            framesDroppedSeen = stream.framesDropped();
            waitingForKeyframe = true;
        }
        for (EncodedFrame f : frames) {
            if (f.keyframe()) {
                waitingForKeyframe = false;
            }
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
        if (waitingForKeyframe) {
            requestKeyframe();
        }
    }

    /** Asks the sender for a keyframe, unless one was asked for within the request interval. */
    public void requestKeyframe() {
        long now = clock.millis();
        if (now - lastKeyframeRequestMillis >= KEYFRAME_REQUEST_INTERVAL_MILLIS) {
            lastKeyframeRequestMillis = now;
            keyframeRequests++;
            keyframeNeeded.run();
        }
    }

    /** PLIs sent for this stream (W3C {@code pliCount}). */
    public long keyframeRequests() {
        return keyframeRequests;
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
