package org.jpeer.rtp;

import java.util.List;
import org.jpeer.rtp.media.H264PatternSource;
import org.jpeer.rtp.media.OpusToneSource;
import org.jpeer.rtp.media.Vp8PatternSource;
import org.jpeer.rtp.payload.Depacketizer;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.H264Depacketizer;
import org.jpeer.rtp.payload.H264Packetizer;
import org.jpeer.rtp.payload.Packetizer;
import org.jpeer.rtp.payload.Vp8Depacketizer;
import org.jpeer.rtp.payload.Vp8Packetizer;
import org.jpeer.rtp.verify.Vp8FrameVerifier;

/**
 * A throughput harness that prints numbers (JMH is not in the offline repository here). Not a
 * test: run with {@code java -cp ... org.jpeer.rtp.Throughput}. Each figure is the best of five
 * one-second rounds after warm-up.
 */
public final class Throughput {

    private Throughput() {
    }

    interface Op {
        void run() throws Exception;
    }

    static double perSecond(Op op) throws Exception {
        long end = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < end) {
            op.run(); // warm-up
        }
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long n = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                op.run();
                n++;
            }
            best = Math.max(best, n * 1e9 / (System.nanoTime() - start));
        }
        return best;
    }

    public static void main(String[] args) throws Exception {
        Vp8PatternSource video = new Vp8PatternSource(320, 240, 30);
        EncodedFrame frame = video.next();
        OpusToneSource tone = new OpusToneSource(440);
        RtpPacket packet = RtpPacket.builder().payloadType(96).sequenceNumber(1).timestamp(2).ssrc(3)
                .extension(1, new byte[] {'0'}).extension(3, new byte[3]).payload(new byte[1200]).build();
        byte[] wire = packet.toBytes();
        byte[] out = new byte[1500];
        Vp8FrameVerifier verifier = new Vp8FrameVerifier();
        H264PatternSource h264 = new H264PatternSource(320, 240, 30);
        EncodedFrame idr = h264.next();
        EncodedFrame inter = h264.next();

        report("VP8 320x240 encode (jcodec)", perSecond(video::next), "frames/s", "frame " + frame.data().length + " bytes");
        report("H.264 320x240 P-frame encode (jcodec)", perSecond(h264::next), "frames/s",
                "IDR " + idr.data().length + " bytes, P " + inter.data().length + " bytes");
        report("Opus 20 ms encode (concentus)", perSecond(tone::next), "frames/s", "/50 = times realtime");
        report("VP8 keyframe decode + number check", perSecond(() -> verifier.accept(frame)), "frames/s", "");
        report("RTP parse (1200 B, 2 ext)", perSecond(() -> RtpPacket.parse(wire, 0, wire.length)), "packets/s", "");
        report("RTP write", perSecond(() -> packet.writeTo(out, 0)), "packets/s", "");
        payloadFormat("VP8", frame, new Vp8Packetizer(), new Vp8Depacketizer());
        payloadFormat("H.264 IDR", idr, new H264Packetizer(), new H264Depacketizer());
    }

    /** Packets/s through a packetizer and its depacketizer, for one frame sent over and over. */
    private static void payloadFormat(String name, EncodedFrame frame, Packetizer packetizer, Depacketizer depacketizer)
            throws Exception {
        List<byte[]> payloads = packetizer.packetize(frame.data(), 1200);
        int n = payloads.size();
        report(name + " packetize", n * perSecond(() -> packetizer.packetize(frame.data(), 1200)), "packets/s",
                n + " packets/frame");
        int[] seq = {0};
        long[] timestamp = {0};
        report(name + " depacketize", n * perSecond(() -> {
            timestamp[0] = (timestamp[0] + 3000) & 0xFFFFFFFFL;
            for (int i = 0; i < n; i++) {
                depacketizer.push(RtpPacket.builder().sequenceNumber(seq[0]++ & 0xFFFF).timestamp(timestamp[0])
                        .marker(i == n - 1).payload(payloads.get(i)).build());
            }
        }), "packets/s", "");
    }

    private static void report(String what, double rate, String unit, String note) {
        System.out.printf("%-38s %,14.0f %s  %s%n", what, rate, unit, note);
    }
}
