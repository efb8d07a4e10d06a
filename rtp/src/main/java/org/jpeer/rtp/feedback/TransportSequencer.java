package org.jpeer.rtp.feedback;

import java.util.Map;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.ext.TransportSequenceNumber;
import org.jpeer.rtp.pipeline.Outbox;
import org.jpeer.rtp.pipeline.RtpInterceptor;

/**
 * Send side of transport-wide congestion control as a pipeline plug-in: stamps every packet
 * sent, retransmissions included, with the next transport-wide sequence number in the negotiated
 * header extension. Place it last, so it numbers packets in the order they leave.
 *
 * <pre>{@code
 * RtpPipeline send = new RtpPipeline(List.of(nackResponder, new TransportSequencer(twccId, 0)));
 * }</pre>
 */
public final class TransportSequencer implements RtpInterceptor {

    private final int extensionId;
    private int next;
    private long stamped;

    public TransportSequencer(int extensionId, int firstSequence) {
        if (extensionId < 1 || extensionId > 255) {
            throw new IllegalArgumentException("extensionId " + extensionId + " outside 1..255");
        }
        this.extensionId = extensionId;
        this.next = firstSequence & 0xFFFF;
    }

    @Override
    public RtpPacket sendRtp(RtpPacket packet, long nowMillis, Outbox out) {
        byte[] value = new TransportSequenceNumber(next).toBytes();
        next = (next + 1) & 0xFFFF;
        stamped++;
        return packet.toBuilder().extension(extensionId, value).build();
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of("stamped", stamped);
    }
}
