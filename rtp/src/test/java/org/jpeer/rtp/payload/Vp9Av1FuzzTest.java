package org.jpeer.rtp.payload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpeer.rtp.Hex;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and mutated payloads: the VP9 and AV1 depacketizers never throw (bad packets are
 * counted), and their payload parsers throw only {@link InvalidPacketException}. Sequence numbers
 * mostly run on and markers come often, so mutated frames really reach assembly.
 */
class Vp9Av1FuzzTest {

    private static final int ROUNDS = 30_000;

    /** One to three edits: flip a bit, overwrite, insert or delete a byte, or truncate. */
    private static byte[] mutate(Random r, byte[] valid) {
        List<Byte> b = new ArrayList<>(valid.length + 3);
        for (byte x : valid) {
            b.add(x);
        }
        for (int edits = 1 + r.nextInt(3); edits > 0 && !b.isEmpty(); edits--) {
            int at = r.nextInt(b.size());
            switch (r.nextInt(5)) {
                case 0 -> b.set(at, (byte) (b.get(at) ^ 1 << r.nextInt(8)));
                case 1 -> b.set(at, (byte) r.nextInt(256));
                case 2 -> b.add(at, (byte) r.nextInt(256));
                case 3 -> b.remove(at);
                default -> b.subList(at, b.size()).clear();
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    private static byte[] random(Random r) {
        byte[] b = new byte[r.nextInt(24)];
        r.nextBytes(b);
        return b;
    }

    /** Valid payloads of a few frames, small enough that mutations hit headers often. */
    private static List<byte[]> corpus(Packetizer packetizer, byte[]... frames) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] f : frames) {
            out.addAll(packetizer.packetize(f, 40));
        }
        return out;
    }

    private static long fuzz(Depacketizer d, List<byte[]> corpus, Random r) {
        int seq = 0;
        long frames = 0;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] payload = r.nextInt(4) == 0 ? random(r) : mutate(r, corpus.get(r.nextInt(corpus.size())));
            seq = r.nextInt(20) == 0 ? r.nextInt(65536) : seq + 1;
            RtpPacket p = RtpPacket.builder().sequenceNumber(seq & 0xFFFF).timestamp(i / 4).marker(r.nextInt(3) == 0)
                    .payload(payload).build();
            frames += d.push(p).size();
        }
        return frames;
    }

    @Test
    void vp9SurvivesGarbage() {
        Random r = new Random(91);
        Vp9Packetizer packetizer = new Vp9Packetizer(1);
        List<byte[]> corpus = corpus(packetizer, Vp9PayloadTest.frame("82 498342 0013f00ef0", 60, 1),
                Vp9PayloadTest.frame("86", 60, 2));
        corpus.add(Hex.bytes("ba 01 00 30 00a0 0078 0140 00f0 82498342"));
        corpus.add(Hex.bytes("f8 8102 53 07 0a aa"));
        assertTrue(fuzz(new Vp9Depacketizer(), corpus, r) > 100, "mutated frames reached assembly");
        int parsed = 0;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] b = i % 2 == 0 ? random(r) : mutate(r, corpus.get(r.nextInt(corpus.size())));
            parsed += accepted(() -> Vp9Descriptor.parse(b, 0, b.length));
        }
        assertSomeParsed(parsed);
    }

    @Test
    void av1SurvivesGarbage() {
        Random r = new Random(92);
        List<byte[]> corpus = corpus(new Av1Packetizer(), Av1PayloadTest.temporalUnit(true, 60, 1),
                Av1PayloadTest.temporalUnit(false, 60, 2));
        corpus.add(Hex.bytes("78 01 10 03 7a 01 aa 7801"));
        assertTrue(fuzz(new Av1Depacketizer(), corpus, r) > 100, "mutated frames reached assembly");
        int payloads = 0;
        int sequenceHeaders = 0;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] b = i % 2 == 0 ? random(r) : mutate(r, corpus.get(r.nextInt(corpus.size())));
            payloads += accepted(() -> Av1Depacketizer.parse(b));
            byte[] s = mutate(r, Av1PayloadTest.SEQUENCE_HEADER);
            sequenceHeaders += accepted(() -> Av1SequenceHeader.parse(s));
        }
        assertSomeParsed(payloads);
        assertSomeParsed(sequenceHeaders);
    }

    interface Parse {
        Object run() throws InvalidPacketException;
    }

    /** Whether {@code p} parsed; any exception but the documented one fails the test. */
    private static int accepted(Parse p) {
        try {
            p.run();
            return 1;
        } catch (InvalidPacketException rejected) {
            return 0;
        }
    }

    /** Both outcomes must occur, or the inputs did not exercise the parser. */
    private static void assertSomeParsed(int accepted) {
        assertTrue(accepted > 0 && accepted < ROUNDS, accepted + " of " + ROUNDS + " inputs parsed");
    }
}
