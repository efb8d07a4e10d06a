package org.jpeer.rtp.payload;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.media.H264PatternSource;
import org.jpeer.rtp.verify.H264FrameVerifier;
import org.junit.jupiter.api.Test;

/** Seeded random and mutated input: the H.264, VP9 and AV1 parsers throw only {@link InvalidPacketException}. */
class PayloadFuzzTest {

    private static byte[] mutate(Random r, byte[] valid) {
        byte[] b = valid.clone();
        switch (r.nextInt(3)) {
            case 0 -> b = Arrays.copyOf(b, r.nextInt(b.length + 1));
            case 1 -> b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            default -> {
                for (int i = 0; i < 4; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
        }
        return b;
    }

    private static byte[] random(Random r, int max) {
        byte[] b = new byte[r.nextInt(max)];
        r.nextBytes(b);
        return b;
    }

    @Test
    void h264DepacketizerAndVerifierSurviveGarbage() {
        Random r = new Random(47);
        H264PatternSource source = new H264PatternSource(160, 120, 30);
        EncodedFrame idr = source.next();
        EncodedFrame p = source.next();
        List<byte[]> payloads = new H264Packetizer().packetize(idr.data(), 300);
        Depacketizer d = new H264Depacketizer();
        H264FrameVerifier verifier = new H264FrameVerifier();
        verifier.accept(idr);
        for (int i = 0; i < 20_000; i++) {
            byte[] payload = r.nextBoolean() ? random(r, 40) : mutate(r, payloads.get(r.nextInt(payloads.size())));
            RtpPacket packet = RtpPacket.builder().sequenceNumber(r.nextInt(65536)).timestamp(r.nextInt(4))
                    .marker(r.nextBoolean()).payload(payload).build();
            d.push(packet).forEach(verifier::accept);
            if (i % 50 == 0) {
                verifier.accept(mutate(r, r.nextBoolean() ? idr.data() : p.data()));
            }
        }
    }

    @Test
    void headerParsersThrowOnlyInvalidPacketException() {
        Random r = new Random(48);
        byte[] sps = AnnexB.split(new H264PatternSource(160, 120, 30).next().data()).get(0);
        byte[] vp9Key = {(byte) 0x82, 0x49, (byte) 0x83, 0x42, 0x00, 0x13, (byte) 0xf0, 0x0e, (byte) 0xf6, 0, 0};
        byte[] obus = {0x12, 0x00, 0x0a, 0x05, 0x00, 0x00, 0x00, 0x24, (byte) 0xff, 0x32, 0x03, 0x10, 0x00, 0x00};
        for (int i = 0; i < 20_000; i++) {
            boolean mutated = i % 2 == 0;
            byte[] h264 = mutated ? mutate(r, sps) : random(r, 30);
            byte[] vp9 = mutated ? mutate(r, vp9Key) : random(r, 20);
            byte[] av1 = mutated ? mutate(r, obus) : random(r, 30);
            parse(() -> H264Sps.parse(h264));
            parse(() -> Vp9FrameHeader.parse(vp9, 0, vp9.length));
            parse(() -> Av1Obus.parse(av1));
            AnnexB.split(random(r, 40));
        }
    }

    interface Parse {
        Object run() throws InvalidPacketException;
    }

    private static void parse(Parse p) {
        try {
            p.run();
        } catch (InvalidPacketException expected) {
            // dropped and counted by a real receiver
        }
    }
}
