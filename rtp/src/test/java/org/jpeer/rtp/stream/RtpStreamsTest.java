package org.jpeer.rtp.stream;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.VirtualClock;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.OpusDepacketizer;
import org.jpeer.rtp.payload.OpusPacketizer;
import org.jpeer.rtp.payload.Vp8Depacketizer;
import org.jpeer.rtp.payload.Vp8Packetizer;
import org.jpeer.rtp.rtcp.NtpTime;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.SenderReport;
import org.jpeer.rtp.verify.ToneVerifier;
import org.jpeer.rtp.verify.Vp8FrameVerifier;
import org.junit.jupiter.api.Test;

class RtpStreamsTest {

    private final VirtualClock clock = new VirtualClock(1_700_000_000_000L);

    private RtpSenderStream opusSender() {
        return RtpSenderStream.builder().ssrc(1111).payloadType(111).clockRate(48000).packetizer(new OpusPacketizer())
                .extension(4, "0".getBytes(US_ASCII)).clock(clock).random(new Random(1)).build();
    }

    /** Opus packet every 20 ms with the given extra network delay per packet. */
    private void sendOpus(RtpSenderStream sender, RtpReceiverStream receiver, int frames, long[] delays) {
        byte[] frame = {1, 2, 3};
        for (int i = 0; i < frames; i++) {
            RtpPacket p = sender.packetize(EncodedFrame.audio(frame, i * 960L)).get(0);
            clock.advance(20 + delays[i % delays.length]);
            receiver.receive(p);
            clock.advance(-delays[i % delays.length]);
        }
    }

    @Test
    void senderNumbersPacketsAndCarriesTheMid() {
        RtpSenderStream s = opusSender();
        List<RtpPacket> a = s.packetize(EncodedFrame.audio(new byte[10], 0));
        List<RtpPacket> b = s.packetize(EncodedFrame.audio(new byte[10], 960));
        assertEquals((a.get(0).sequenceNumber() + 1) & 0xFFFF, b.get(0).sequenceNumber());
        assertEquals(960, (b.get(0).timestamp() - a.get(0).timestamp()) & 0xFFFFFFFFL);
        assertFalse(a.get(0).marker());
        assertArrayEquals("0".getBytes(US_ASCII), a.get(0).extensions().get(4).orElseThrow());
        assertEquals(2, s.packetsSent());
        assertEquals(20, s.octetsSent());
    }

    @Test
    void videoFramesEndWithTheMarker() {
        RtpSenderStream s = RtpSenderStream.builder().ssrc(2).payloadType(96).clockRate(90000)
                .packetizer(new Vp8Packetizer()).maxPayloadSize(500).clock(clock).build();
        List<RtpPacket> ps = s.packetize(new Vp8PatternSource().next());
        assertTrue(ps.size() > 1);
        for (int i = 0; i < ps.size(); i++) {
            assertEquals(i == ps.size() - 1, ps.get(i).marker());
        }
    }

    @Test
    void senderReportMapsWallclockToRtpTime() {
        RtpSenderStream s = opusSender();
        long ts = s.packetize(EncodedFrame.audio(new byte[1], 0)).get(0).timestamp();
        clock.advance(500);
        SenderReport sr = s.senderReport(List.of());
        assertEquals(NtpTime.fromEpochMillis(clock.millis()), sr.ntpTimestamp());
        assertEquals((ts + 24000) & 0xFFFFFFFFL, sr.rtpTimestamp());
        assertEquals(1, sr.packetCount());
    }

    @Test
    void receiverCountsLossAndReportsFractionLost() {
        RtpSenderStream s = opusSender();
        RtpReceiverStream r = new RtpReceiverStream(1111, 48000, new OpusDepacketizer(), clock);
        for (int i = 0; i < 100; i++) {
            RtpPacket p = s.packetize(EncodedFrame.audio(new byte[] {1}, i * 960L)).get(0);
            clock.advance(20);
            if (i % 10 != 3) {
                r.receive(p);
            }
        }
        assertEquals(90, r.packetsReceived());
        assertEquals(10, r.packetsLost());
        ReportBlock b = r.reportBlock();
        assertEquals(10 * 256 / 100, b.fractionLost(), 1);
        assertEquals(10, b.cumulativeLost());
        assertEquals(0, r.reportBlock().fractionLost()); // new interval, nothing new lost
        assertEquals(90, r.framesAssembled());
    }

    @Test
    void steadyArrivalHasNoJitterAndAlternatingDelayHasSome() {
        RtpReceiverStream steady = new RtpReceiverStream(1111, 48000, new OpusDepacketizer(), clock);
        sendOpus(opusSender(), steady, 200, new long[] {0});
        assertEquals(0, steady.jitter());

        RtpReceiverStream jittery = new RtpReceiverStream(1111, 48000, new OpusDepacketizer(), clock);
        sendOpus(opusSender(), jittery, 400, new long[] {0, 10});
        // |D| is 10 ms = 480 units on every packet, and J converges to it (RFC 3550 A.8)
        assertEquals(480, jittery.jitter(), 10);
    }

    @Test
    void lsrAndDlsrEchoTheLastSenderReport() {
        RtpSenderStream s = opusSender();
        RtpReceiverStream r = new RtpReceiverStream(1111, 48000, new OpusDepacketizer(), clock);
        sendOpus(s, r, 5, new long[] {0});
        assertEquals(0, r.reportBlock().lastSr());
        SenderReport sr = s.senderReport(List.of());
        clock.advance(25);
        r.onSenderReport(sr);
        clock.advance(250);
        ReportBlock b = r.reportBlock();
        assertEquals(NtpTime.middle32(sr.ntpTimestamp()), b.lastSr());
        assertEquals(NtpTime.millisToUnits(250), b.delaySinceLastSr());
        clock.advance(25);
        s.onReportBlock(b);
        assertEquals(50, s.roundTripMillis(), 1);
    }

    @Test
    void sequenceWrapAndReorderingKeepCountsRight() {
        RtpReceiverStream r = new RtpReceiverStream(9, 90000, new OpusDepacketizer(), clock);
        int[] order = {65533, 65535, 65534, 0, 2, 1, 3};
        for (int seq : order) {
            clock.advance(10);
            r.receive(RtpPacket.builder().ssrc(9).sequenceNumber(seq).timestamp(seq * 10L).payload(new byte[] {1}).build());
        }
        assertEquals(65536 + 3, r.extendedHighestSequence());
        assertEquals(0, r.packetsLost());
        assertEquals(7, r.packetsReceived());
    }

    @Test
    void mediaSurvivesTheWholeRtpPath() throws Exception {
        RtpSenderStream audioOut = opusSender();
        RtpReceiverStream audioIn = new RtpReceiverStream(1111, 48000, new OpusDepacketizer(), clock);
        RtpSenderStream videoOut = RtpSenderStream.builder().ssrc(2222).payloadType(96).clockRate(90000)
                .packetizer(new Vp8Packetizer()).clock(clock).build();
        RtpReceiverStream videoIn = new RtpReceiverStream(2222, 90000, new Vp8Depacketizer(), clock);
        OpusToneSource tone = new OpusToneSource(440);
        Vp8PatternSource pattern = new Vp8PatternSource();
        ToneVerifier toneCheck = new ToneVerifier();
        Vp8FrameVerifier videoCheck = new Vp8FrameVerifier();
        for (int i = 0; i < 50; i++) {
            for (RtpPacket p : audioOut.packetize(tone.next())) {
                byte[] wire = p.toBytes();
                audioIn.receive(RtpPacket.parse(wire, 0, wire.length)).forEach(toneCheck::accept);
            }
            if (i % 2 == 0) {
                List<RtpPacket> ps = new ArrayList<>(videoOut.packetize(pattern.next()));
                java.util.Collections.reverse(ps);
                for (RtpPacket p : ps) {
                    byte[] wire = p.toBytes();
                    videoIn.receive(RtpPacket.parse(wire, 0, wire.length)).forEach(videoCheck::accept);
                }
            }
            clock.advance(20);
        }
        assertTrue(toneCheck.verified(440, 3), toneCheck.toString());
        assertTrue(videoCheck.verified(25), videoCheck.toString());
        assertEquals(25, videoIn.framesAssembled());
    }
}
