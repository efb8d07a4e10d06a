package org.jpeer.jsep.internal;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.jsep.negotiation.NegotiatedMedia;
import org.jpeer.jsep.negotiation.RtcpFeedback;
import org.jpeer.jsep.negotiation.RtpCodec;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.feedback.NackRequester;
import org.jpeer.rtp.feedback.RtxReceiver;
import org.jpeer.rtp.payload.Depacketizer;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.FrameAssembler;
import org.jpeer.rtp.pipeline.RtpInterceptor;
import org.jpeer.rtp.pipeline.RtpPipeline;
import org.jpeer.rtp.rtcp.PictureLossIndication;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.RtcpPacket;
import org.jpeer.rtp.rtcp.SenderReport;
import org.jpeer.rtp.stream.RtpReceiverStream;

/**
 * One remote SSRC we receive, with its retransmission SSRC: packets in, assembled frames out to
 * the remote track, reception statistics for receiver reports and {@code inbound-rtp}. Runs on the
 * connection's executor.
 *
 * <p>Packets pass a receive {@link RtpPipeline} first: RTX packets are unwrapped to the packets
 * they repair, and when the codec negotiated {@code a=rtcp-fb:<pt> nack} losses are asked for
 * with generic NACKs, while the jitter buffer holds newer frames back for a while (twice the
 * round-trip time and a margin, at least {@link #MIN_WAIT_MILLIS}). A video stream needs a
 * keyframe to start decoding and again after a frame was given up: until one arrives it sends
 * PLI, at most once per {@link #KEYFRAME_REQUEST_INTERVAL_MILLIS}, as a browser's receiver does.
 */
public final class InboundStream {
    static final long KEYFRAME_REQUEST_INTERVAL_MILLIS = 300;
    static final long MIN_WAIT_MILLIS = 50;
    static final long WAIT_MARGIN_MILLIS = 20;
    /** The round-trip time assumed until RTCP measured one. */
    static final long DEFAULT_RTT_MILLIS = 100;

    private final String mid;
    private final RtpCodec codec;
    private final RtpReceiverStream stream;
    private final FrameAssembler jitterBuffer;
    private final RtpPipeline pipeline;
    private final NackRequester nacks;
    private final RtxReceiver rtx;
    private final Consumer<EncodedFrame> sink;
    private final Consumer<RtcpPacket> feedback;
    private final long rtcpSsrc;
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

    private InboundStream(NegotiatedMedia media, RtpCodec codec, long ssrc, Depacketizer depacketizer, long rtcpSsrc,
                          InstantSource clock, Consumer<EncodedFrame> sink, Consumer<RtcpPacket> feedback) {
        this.mid = media.mid();
        this.codec = codec;
        this.stream = new RtpReceiverStream(ssrc, codec.clockRate(), depacketizer, clock);
        this.jitterBuffer = depacketizer instanceof FrameAssembler f ? f : null;
        this.sink = sink;
        this.feedback = feedback;
        this.rtcpSsrc = rtcpSsrc;
        this.clock = clock;
        this.video = media.kind() == MediaKind.VIDEO;
        this.waitingForKeyframe = video;
        List<RtpInterceptor> plugins = new ArrayList<>();
        Long rtxSsrc = media.remoteRtxSsrcs().get(ssrc);
        rtx = rtxSsrc == null ? null : new RtxReceiver(ssrc, rtxSsrc, aptByRtxPayloadType(media));
        if (rtx != null) {
            plugins.add(rtx);
        }
        nacks = video && codec.rtcpFeedback().contains(RtcpFeedback.of("nack"))
                ? new NackRequester(rtcpSsrc, ssrc) : null;
        if (nacks != null) {
            plugins.add(nacks);
        }
        this.pipeline = new RtpPipeline(plugins);
        setRoundTripMillis(DEFAULT_RTT_MILLIS);
    }

    /**
     * A stream for the codec of its first packet, or {@code null} when no payload format handles it.
     *
     * @param feedback sends one RTCP feedback packet (NACK, PLI) to the remote sender
     */
    public static InboundStream create(NegotiatedMedia media, long ssrc, RtpCodec codec, long rtcpSsrc,
                                       InstantSource clock, Consumer<EncodedFrame> sink,
                                       Consumer<RtcpPacket> feedback) {
        Depacketizer depacketizer = PayloadFormats.depacketizer(codec.name()).orElse(null);
        if (depacketizer == null) {
            return null;
        }
        return new InboundStream(media, codec, ssrc, depacketizer, rtcpSsrc, clock, sink, feedback);
    }

    /** The primary SSRC a received SSRC belongs to: itself, or the one an {@code ssrc-group:FID} pairs it with. */
    public static long primarySsrc(NegotiatedMedia media, long ssrc) {
        for (Map.Entry<Long, Long> e : media.remoteRtxSsrcs().entrySet()) {
            if (e.getValue() == ssrc) {
                return e.getKey();
            }
        }
        return ssrc;
    }

    private static Map<Integer, Integer> aptByRtxPayloadType(NegotiatedMedia media) {
        Map<Integer, Integer> apt = new HashMap<>();
        media.receiveCodecs().forEach((pt, c) -> c.apt().ifPresent(a -> apt.put(pt, a)));
        return apt;
    }

    /** Takes a packet of this stream's SSRC or of its retransmission SSRC. */
    public void receive(RtpPacket packet) {
        long now = clock.millis();
        RtpPacket media = pipeline.receiveRtp(packet, now);
        sendFeedback(pipeline.poll(now));
        if (media != null) {
            deliver(stream.receive(media));
        }
    }

    /** Runs what is due by now: NACK re-requests, frames whose wait in the jitter buffer ended. */
    public void poll() {
        sendFeedback(pipeline.poll(clock.millis()));
        deliver(stream.poll());
    }

    /** When {@link #poll} has work, or {@code Long.MAX_VALUE}. */
    public long nextDeadline() {
        return Math.min(pipeline.nextDeadline(), stream.nextDeadline());
    }

    /** The connection's round-trip time: paces NACKs and sizes the jitter buffer's wait. */
    public void setRoundTripMillis(long rttMillis) {
        if (rttMillis <= 0) {
            return;
        }
        pipeline.setRoundTripMillis(rttMillis);
        if (jitterBuffer != null && nacks != null) {
            jitterBuffer.setMaxWaitMillis(Math.min(FrameAssembler.MAX_WAIT_LIMIT_MILLIS,
                    Math.max(2 * rttMillis + WAIT_MARGIN_MILLIS, MIN_WAIT_MILLIS)));
        }
    }

    private void sendFeedback(RtpPipeline.Output out) {
        out.rtcp().forEach(feedback);
    }

    private void deliver(List<EncodedFrame> frames) {
        if (video && stream.framesDropped() > framesDroppedSeen) {
            framesDroppedSeen = stream.framesDropped();
            waitingForKeyframe = true;
        }
        for (EncodedFrame f : frames) {
            if (f.keyframe()) {
                waitingForKeyframe = false;
                keyframesDelivered++;
            }
            framesDelivered++;
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
        // The first request is checked apart: now minus Long.MIN_VALUE overflows to a negative number.
        if (lastKeyframeRequestMillis == Long.MIN_VALUE
                || now - lastKeyframeRequestMillis >= KEYFRAME_REQUEST_INTERVAL_MILLIS) {
            lastKeyframeRequestMillis = now;
            keyframeRequests++;
            feedback.accept(new PictureLossIndication(rtcpSsrc, stream.ssrc()));
        }
    }

    /** PLIs sent for this stream (W3C {@code pliCount}). */
    public long keyframeRequests() {
        return keyframeRequests;
    }

    /** Generic NACKs sent for this stream (W3C {@code nackCount}). */
    public long nacksSent() {
        return nacks == null ? 0 : nacks.nacksSent();
    }

    /** Packets recovered from RTX (W3C {@code retransmittedPacketsReceived}). */
    public long retransmittedPacketsReceived() {
        return rtx == null ? 0 : rtx.packetsRepaired();
    }

    /** W3C {@code retransmittedBytesReceived}. */
    public long retransmittedBytesReceived() {
        return rtx == null ? 0 : rtx.bytesRepaired();
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
