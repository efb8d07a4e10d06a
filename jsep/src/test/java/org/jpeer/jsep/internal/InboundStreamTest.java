package org.jpeer.jsep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.jsep.negotiation.NegotiatedMedia;
import org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection;
import org.jpeer.jsep.negotiation.RtcpFeedback;
import org.jpeer.jsep.negotiation.RtpCodec;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.feedback.Rtx;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.Vp8Packetizer;
import org.jpeer.rtp.rtcp.GenericNack;
import org.jpeer.rtp.rtcp.PictureLossIndication;
import org.jpeer.rtp.rtcp.RtcpPacket;
import org.jpeer.rtp.stream.RtpSenderStream;
import org.junit.jupiter.api.Test;

class InboundStreamTest {
    private static final long SSRC = 1000;
    private static final long RTX_SSRC = 2000;

    private long now = 5000;
    private final InstantSource clock = () -> Instant.ofEpochMilli(now);
    private final List<EncodedFrame> frames = new ArrayList<>();
    private final List<RtcpPacket> feedback = new ArrayList<>();
    private final NegotiatedMedia media = video();
    /** Three VP8 frames of three packets each. */
    private final List<RtpPacket> sent = threeFrames();

    private static NegotiatedMedia video() {
        RtpCodec vp8 = new RtpCodec(96, "VP8", 90000, 0, Map.of(), List.of(RtcpFeedback.of("nack")));
        return new NegotiatedMedia(0, 0, "1", MediaKind.VIDEO, RTCRtpTransceiverDirection.RECVONLY, Optional.empty(),
                OptionalInt.empty(), Map.of(96, vp8, 97, RtpCodec.rtx(97, vp8)), Map.of(), Optional.empty(),
                List.of(SSRC), Map.of(SSRC, RTX_SSRC), Optional.empty(), Optional.empty(), false);
    }

    private List<RtpPacket> threeFrames() {
        RtpSenderStream sender = RtpSenderStream.builder().ssrc(SSRC).payloadType(96).clockRate(90000)
                .packetizer(new Vp8Packetizer()).clock(clock).random(new Random(3)).build();
        List<RtpPacket> packets = new ArrayList<>(sender.packetize(new EncodedFrame(new byte[3000], 0, true, 0, 0)));
        packets.addAll(sender.packetize(new EncodedFrame(new byte[3000], 3000, false, 0, 0)));
        packets.addAll(sender.packetize(new EncodedFrame(new byte[3000], 6000, false, 0, 0)));
        return packets;
    }

    /** A stream that has delivered the first frame. */
    private InboundStream started() {
        InboundStream in = InboundStream.create(media, SSRC, media.receiveCodecs().get(96), 7, clock, frames::add,
                feedback::add);
        sent.subList(0, 3).forEach(in::receive);
        return in;
    }

    @Test
    void lostPacketIsNackedAndItsRtxCompletesTheFrame() {
        InboundStream in = started();
        List<RtpPacket> first = sent.subList(3, 6);
        List<RtpPacket> second = sent.subList(6, 9);
        in.receive(first.get(0));
        in.receive(first.get(2)); // first.get(1) lost
        second.forEach(in::receive);
        assertEquals(1, frames.size(), "the complete third frame waits for the second");
        GenericNack nack = assertInstanceOf(GenericNack.class, feedback.stream()
                .filter(p -> p instanceof GenericNack).findFirst().orElseThrow());
        assertEquals(List.of(first.get(1).sequenceNumber()), nack.lostSequenceNumbers());

        now += 60;
        in.receive(Rtx.wrap(first.get(1), RTX_SSRC, 97, 1));
        assertEquals(3, frames.size());
        assertEquals(1, in.nacksSent());
        assertEquals(1, in.retransmittedPacketsReceived());
        assertEquals(0, in.stream().framesDropped());
    }

    @Test
    void withoutRetransmissionTheWaitEndsAndTheOlderFrameIsDropped() {
        InboundStream in = started();
        List<RtpPacket> first = sent.subList(3, 6);
        List<RtpPacket> second = sent.subList(6, 9);
        in.receive(first.get(0));
        second.forEach(in::receive);
        long start = now;
        while (frames.size() < 2 && now < start + 1000) {
            now = in.nextDeadline();
            in.poll();
        }
        assertEquals(2, frames.size());
        assertEquals(1, feedback.stream().filter(p -> p instanceof PictureLossIndication).count(),
                "a receiver without a keyframe asks for one");
        assertEquals(start + 2 * InboundStream.DEFAULT_RTT_MILLIS + InboundStream.WAIT_MARGIN_MILLIS, now);
        assertEquals(1, in.stream().framesDropped());
        assertEquals(SSRC, InboundStream.primarySsrc(media, RTX_SSRC));
    }
}
