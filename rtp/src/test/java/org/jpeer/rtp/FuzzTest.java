package org.jpeer.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.jpeer.rtp.payload.Depacketizer;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.OpusDepacketizer;
import org.jpeer.rtp.payload.Vp8Depacketizer;
import org.jpeer.rtp.payload.Vp8Packetizer;
import org.jpeer.rtp.rtcp.Bye;
import org.jpeer.rtp.rtcp.FullIntraRequest;
import org.jpeer.rtp.rtcp.GenericNack;
import org.jpeer.rtp.rtcp.PictureLossIndication;
import org.jpeer.rtp.rtcp.ReceiverReport;
import org.jpeer.rtp.rtcp.Remb;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.RtcpPacket;
import org.jpeer.rtp.rtcp.SdesChunk;
import org.jpeer.rtp.rtcp.SenderReport;
import org.jpeer.rtp.rtcp.SourceDescription;
import org.jpeer.rtp.verify.ToneVerifier;
import org.jpeer.rtp.verify.Vp8FrameVerifier;
import org.junit.jupiter.api.Test;

/** Property tests: seeded random and mutated inputs; only the documented exception may escape. */
class FuzzTest {

    private static final int ROUNDS = 20_000;

    static RtpPacket randomRtp(Random r) {
        List<Long> csrcs = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            csrcs.add(r.nextLong() & 0xFFFFFFFFL);
        }
        RtpPacket.Builder b = RtpPacket.builder().marker(r.nextBoolean()).payloadType(r.nextInt(128))
                .sequenceNumber(r.nextInt(65536)).timestamp(r.nextLong() & 0xFFFFFFFFL).ssrc(r.nextLong() & 0xFFFFFFFFL)
                .csrcs(csrcs).payload(bytes(r, r.nextInt(64))).paddingLength(r.nextInt(4) == 0 ? 1 + r.nextInt(255) : 0);
        for (int i = r.nextInt(4); i > 0; i--) {
            b.extension(1 + r.nextInt(r.nextBoolean() ? 14 : 255), bytes(r, r.nextInt(20)));
        }
        return b.build();
    }

    static List<RtcpPacket> randomRtcp(Random r) {
        ReportBlock block = new ReportBlock(r.nextLong() & 0xFFFFFFFFL, r.nextInt(256), r.nextInt(1000) - 500,
                r.nextLong() & 0xFFFFFFFFL, r.nextInt(100000), r.nextLong() & 0xFFFFFFFFL, r.nextInt(1 << 20));
        return List.of(
                new SenderReport(1, r.nextLong(), 2, 3, 4, List.of(block)),
                new ReceiverReport(5, List.of(block, block)),
                new SourceDescription(List.of(SdesChunk.cname(6, "c" + r.nextInt()))),
                new PictureLossIndication(7, 8),
                new GenericNack(9, 10, List.of(r.nextInt(65536), r.nextInt(65536))),
                new FullIntraRequest(11, List.of(new FullIntraRequest.Entry(12, r.nextInt(256)))),
                new Remb(13, r.nextInt(1 << 30), List.of(14L)),
                new Bye(List.of(15L), "bye"));
    }

    static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    static byte[] mutate(Random r, byte[] valid) {
        byte[] b = valid.clone();
        switch (r.nextInt(4)) {
            case 0 -> b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            case 1 -> b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            case 2 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
            default -> {
                for (int i = 0; i < 4; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
        }
        return b;
    }

    @Test
    void validRtpRoundTrips() throws Exception {
        Random r = new Random(42);
        for (int i = 0; i < ROUNDS; i++) {
            RtpPacket p = randomRtp(r);
            byte[] wire = p.toBytes();
            assertEquals(p, RtpPacket.parse(wire, 0, wire.length));
        }
    }

    @Test
    void rtpParserOnlyThrowsItsOwnException() {
        Random r = new Random(43);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] b = i % 2 == 0 ? bytes(r, r.nextInt(80)) : mutate(r, randomRtp(r).toBytes());
            if (b.length > 0 && i % 4 == 0) {
                b[0] = (byte) (0x80 | (b[0] & 0x3F)); // version 2, so parsing goes deep
            }
            try {
                RtpPacket p = RtpPacket.parse(b, 0, b.length);
                byte[] again = p.toBytes();
                assertEquals(p, RtpPacket.parse(again, 0, again.length));
            } catch (InvalidPacketException expected) {
                // dropped and counted by a real receiver
            }
        }
    }

    @Test
    void rtcpParserOnlyThrowsItsOwnExceptionAndRoundTripsWhatItAccepts() {
        Random r = new Random(44);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] b = i % 2 == 0 ? bytes(r, r.nextInt(80)) : mutate(r, RtcpPacket.toBytes(randomRtcp(r)));
            if (b.length > 0 && i % 4 == 0) {
                b[0] = (byte) (0x80 | (b[0] & 0x3F));
            }
            try {
                List<RtcpPacket> parsed = RtcpPacket.parseCompound(b, 0, b.length);
                byte[] again = RtcpPacket.toBytes(parsed);
                assertEquals(parsed, RtcpPacket.parseCompound(again, 0, again.length));
            } catch (InvalidPacketException expected) {
                // dropped and counted by a real receiver
            }
        }
    }

    @Test
    void depacketizersAndVerifiersSurviveGarbage() {
        Random r = new Random(45);
        Depacketizer vp8 = new Vp8Depacketizer();
        Depacketizer opus = new OpusDepacketizer();
        Vp8FrameVerifier video = new Vp8FrameVerifier();
        ToneVerifier audio = new ToneVerifier();
        Vp8Packetizer packetizer = new Vp8Packetizer();
        Vp8PatternSource pattern = new Vp8PatternSource(320, 240, 30);
        OpusToneSource tone = new OpusToneSource(300);
        byte[] frame = pattern.next().data();
        byte[] opusFrame = tone.next().data();
        for (int i = 0; i < 2000; i++) {
            byte[] payload = r.nextBoolean() ? bytes(r, r.nextInt(40)) : mutate(r, packetizer.packetize(frame, 1200).get(0));
            RtpPacket p = RtpPacket.builder().sequenceNumber(r.nextInt(65536)).timestamp(r.nextInt(10))
                    .marker(r.nextBoolean()).payload(payload).build();
            vp8.push(p).forEach(f -> video.accept(f));
            opus.push(p);
            if (i % 10 == 0) {
                video.accept(mutate(r, frame));
                audio.accept(mutate(r, opusFrame));
            }
            audio.accept(bytes(r, r.nextInt(30)));
        }
        video.accept(EncodedFrame.audio(new byte[0], 0));
    }
}
