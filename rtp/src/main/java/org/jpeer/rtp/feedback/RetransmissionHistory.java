package org.jpeer.rtp.feedback;

import java.util.ArrayList;
import java.util.List;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.rtcp.GenericNack;

/**
 * Send-side packet history for answering NACKs with plain retransmission: the last
 * {@link #CAPACITY} packets by sequence number. The first request for a packet is answered at
 * once; later ones at most once per round-trip time, so repeated NACKs do not multiply traffic.
 *
 * <pre>{@code
 * history.put(packet);                             // for every packet sent
 * for (RtpPacket p : history.resend(nack, now)) {   // on a NACK
 *     transport.send(p.toBytes());
 * }
 * }</pre>
 */
public final class RetransmissionHistory {

    /** About 1.3 s of 2 Mbps video in 1200-byte packets. */
    public static final int CAPACITY = 1024;

    private final RtpPacket[] packets = new RtpPacket[CAPACITY];
    private static final long NEVER = Long.MIN_VALUE;
    private final long[] lastResent = new long[CAPACITY];
    private long rttMillis = 100;
    private long retransmitted;
    private long missed;

    public void put(RtpPacket packet) {
        int i = packet.sequenceNumber() % CAPACITY;
        packets[i] = packet;
        lastResent[i] = NEVER;
    }

    /** The packets a NACK asks for that are still held and were not resent within the last RTT. */
    public List<RtpPacket> resend(GenericNack nack, long nowMillis) {
        List<RtpPacket> out = new ArrayList<>();
        for (int seq : nack.lostSequenceNumbers()) {
            int i = seq % CAPACITY;
            RtpPacket p = packets[i];
            if (p == null || p.sequenceNumber() != seq) {
                missed++;
                continue;
            }
            if (lastResent[i] == NEVER || nowMillis - lastResent[i] >= rttMillis) {
                lastResent[i] = nowMillis;
                out.add(p);
                retransmitted++;
            }
        }
        return out;
    }

    public void setRoundTripMillis(long rtt) {
        if (rtt > 0) {
            rttMillis = rtt;
        }
    }

    public long retransmitted() {
        return retransmitted;
    }

    /** Requested packets no longer (or never) in the history. */
    public long missed() {
        return missed;
    }
}
