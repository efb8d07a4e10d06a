package org.jpeer.rtp.feedback;

import java.util.Map;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.pipeline.Outbox;
import org.jpeer.rtp.pipeline.RtpInterceptor;

/**
 * Receive-side NACK as a pipeline plug-in: feeds every packet of one SSRC (repaired ones
 * included, so place it after {@link RtxReceiver}) to a {@link NackGenerator} and sends the
 * generic NACKs it asks for, paced by the round-trip time.
 *
 * <pre>{@code
 * NackRequester nacks = new NackRequester(myRtcpSsrc, remoteSsrc);
 * RtpPipeline receive = new RtpPipeline(List.of(new RtxReceiver(...), nacks));
 * }</pre>
 */
public final class NackRequester implements RtpInterceptor {

    private final long mediaSsrc;
    private final NackGenerator generator;
    private long nacksSent;

    public NackRequester(long senderSsrc, long mediaSsrc) {
        this.mediaSsrc = mediaSsrc;
        this.generator = new NackGenerator(senderSsrc, mediaSsrc);
    }

    @Override
    public RtpPacket receiveRtp(RtpPacket packet, long nowMillis, Outbox out) {
        if (packet.ssrc() == mediaSsrc) {
            generator.onPacket(packet.sequenceNumber(), nowMillis);
            send(nowMillis, out);
        }
        return packet;
    }

    @Override
    public void poll(long nowMillis, Outbox out) {
        send(nowMillis, out);
    }

    private void send(long nowMillis, Outbox out) {
        generator.poll(nowMillis).ifPresent(nack -> {
            nacksSent++;
            out.sendRtcp(nack);
        });
    }

    @Override
    public long nextDeadline() {
        return generator.nextDeadline();
    }

    @Override
    public void setRoundTripMillis(long rttMillis) {
        generator.setRoundTripMillis(rttMillis);
    }

    /** Generic NACK packets sent (W3C inbound {@code nackCount}). */
    public long nacksSent() {
        return nacksSent;
    }

    public NackGenerator generator() {
        return generator;
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of("nacksSent", nacksSent, "sequenceNumbersRequested", generator.requests(),
                "recovered", generator.recovered(), "givenUp", generator.givenUp());
    }
}
