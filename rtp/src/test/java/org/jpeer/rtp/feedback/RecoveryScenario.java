package org.jpeer.rtp.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.VirtualClock;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.Vp8Depacketizer;
import org.jpeer.rtp.payload.Vp8Packetizer;
import org.jpeer.rtp.pipeline.RtpPipeline;
import org.jpeer.rtp.rtcp.RtcpPacket;
import org.jpeer.rtp.sim.ChannelConditions;
import org.jpeer.rtp.sim.SimulatedChannel;
import org.jpeer.rtp.stream.RtpReceiverStream;
import org.jpeer.rtp.stream.RtpSenderStream;

/**
 * 30 fps VP8 over a lossy simulated path with NACK/RTX, on virtual time: a sender stream with a
 * {@link NackResponder}, a receiver with {@link RtxReceiver}, {@link NackRequester} and a jitter
 * buffer that waits {@code max(2 x RTT + 20 ms, 50 ms)}. Loss hits media, RTX and NACKs alike.
 * {@link #main} prints the figures.
 */
final class RecoveryScenario {

    static final long MEDIA_SSRC = 0x1111;
    static final long RTX_SSRC = 0x2222;
    static final long RECEIVER_SSRC = 0x3333;
    static final int VP8_PT = 96;
    static final int RTX_PT = 97;
    static final long ON_TIME_MILLIS = 200;

    /** Frames counted from sending their first packet to their delivery by the jitter buffer. */
    record Result(double loss, int framesSent, int framesOnTime, int framesDelivered, long framesDropped,
                  long nacksSent, long retransmissions, long worstDelayMillis) {
        double onTimeFraction() {
            return (double) framesOnTime / framesSent;
        }

        @Override
        public String toString() {
            return String.format("loss %.0f%%: %d frames, %.2f%% complete within %d ms, %d delivered, %d dropped,"
                            + " %d NACKs, %d RTX packets, worst delay %d ms", loss * 100, framesSent,
                    onTimeFraction() * 100, ON_TIME_MILLIS, framesDelivered, framesDropped, nacksSent,
                    retransmissions, worstDelayMillis);
        }
    }

    private RecoveryScenario() {
    }

    static Result run(double loss, long rttMillis, int frames, long seed) {
        VirtualClock clock = new VirtualClock(0);
        Random random = new Random(seed);
        RtpSenderStream sender = RtpSenderStream.builder().ssrc(MEDIA_SSRC).payloadType(VP8_PT).clockRate(90000)
                .packetizer(new Vp8Packetizer()).clock(clock).random(random).build();
        NackResponder responder = NackResponder.rtx(MEDIA_SSRC, RTX_SSRC, RTX_PT, random.nextInt(0x10000));
        RtpPipeline send = new RtpPipeline(List.of(responder));
        RtxReceiver rtx = new RtxReceiver(MEDIA_SSRC, RTX_SSRC, Map.of(RTX_PT, VP8_PT));
        NackRequester requester = new NackRequester(RECEIVER_SSRC, MEDIA_SSRC);
        RtpPipeline receive = new RtpPipeline(List.of(rtx, requester));
        send.setRoundTripMillis(rttMillis);
        receive.setRoundTripMillis(rttMillis);
        Vp8Depacketizer depacketizer = new Vp8Depacketizer();
        depacketizer.setMaxWaitMillis(Math.max(2 * rttMillis + 20, 50));
        RtpReceiverStream receiver = new RtpReceiverStream(MEDIA_SSRC, 90000, depacketizer, clock);
        ChannelConditions path = ChannelConditions.perfect(rttMillis / 2).withLoss(loss, 1);
        SimulatedChannel<RtpPacket> forward = new SimulatedChannel<>(path, seed + 1);
        SimulatedChannel<RtcpPacket> backward = new SimulatedChannel<>(path, seed + 2);

        Map<Long, Long> sentAt = new HashMap<>();
        int onTime = 0;
        int delivered = 0;
        long worst = 0;
        long end = frames * 1000L / 30 + 1000;
        int frameIndex = 0;
        for (long now = 0; now <= end; now++) {
            clock.advance(now - clock.millis());
            if (frameIndex < frames && frameIndex * 1000L / 30 <= now) {
                byte[] data = new byte[4000 + random.nextInt(2000)];
                random.nextBytes(data);
                for (RtpPacket p : sender.packetize(new EncodedFrame(data, frameIndex * 3000L, false, 0, 0))) {
                    sentAt.putIfAbsent(p.timestamp(), now);
                    send.sendRtp(p, now);
                }
                frameIndex++;
            }
            RtpPipeline.Output fromSender = send.poll(now);
            fromSender.rtp().forEach(p -> forward.send(p, clock.millis()));
            List<EncodedFrame> out = new ArrayList<>();
            for (RtpPacket p : forward.receive(now)) {
                RtpPacket media = receive.receiveRtp(p, now);
                if (media != null) {
                    out.addAll(receiver.receive(media));
                }
            }
            out.addAll(receiver.poll());
            for (EncodedFrame f : out) {
                long delay = now - sentAt.get(f.rtpTimestamp());
                delivered++;
                worst = Math.max(worst, delay);
                if (delay <= ON_TIME_MILLIS) {
                    onTime++;
                }
            }
            receive.poll(now).rtcp().forEach(p -> backward.send(p, clock.millis()));
            send.receiveRtcp(backward.receive(now), now);
        }
        return new Result(loss, frames, onTime, delivered, receiver.framesDropped(), requester.nacksSent(),
                responder.packetsRetransmitted(), worst);
    }

    /** Prints the recovery figures for 5 % and 20 % random loss at 50 ms RTT. */
    public static void main(String[] args) {
        for (double loss : new double[] {0.05, 0.20}) {
            System.out.println(run(loss, 50, 9000, 7));
        }
    }
}
