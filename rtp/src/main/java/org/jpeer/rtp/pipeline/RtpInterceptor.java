package org.jpeer.rtp.pipeline;

import java.util.Map;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.rtcp.RtcpPacket;

/**
 * One plug-in of an {@link RtpPipeline}: it sees every RTP packet received and sent and every
 * RTCP packet received, may change or consume RTP packets, and emits packets of its own through
 * an {@link Outbox}. Sans-IO: time comes in as {@code nowMillis}, and {@link #nextDeadline} says
 * when the interceptor wants {@link #poll} called again. Every hook has a pass-through default,
 * so a plug-in implements only what it needs.
 *
 * <pre>{@code
 * final class CountingInterceptor implements RtpInterceptor {
 *     long received;
 *     public RtpPacket receiveRtp(RtpPacket p, long now, Outbox out) { received++; return p; }
 *     public Map<String, Long> counters() { return Map.of("received", received); }
 * }
 * }</pre>
 *
 * Bad input from the network is the interceptor's to drop and count; no hook throws for it.
 */
public interface RtpInterceptor {

    /** "No deadline": the interceptor has nothing timed pending. */
    long NO_DEADLINE = Long.MAX_VALUE;

    /** A received packet, in pipeline order; returns it (possibly rewritten) or null to consume it. */
    default RtpPacket receiveRtp(RtpPacket packet, long nowMillis, Outbox out) {
        return packet;
    }

    /** A packet about to be sent, in pipeline order; returns it (possibly rewritten) or null to hold it back. */
    default RtpPacket sendRtp(RtpPacket packet, long nowMillis, Outbox out) {
        return packet;
    }

    /** One received RTCP packet (every interceptor sees every packet). */
    default void receiveRtcp(RtcpPacket packet, long nowMillis, Outbox out) {
    }

    /** Emits what is due at {@code nowMillis}. */
    default void poll(long nowMillis, Outbox out) {
    }

    /** When {@link #poll} should next be called, or {@link #NO_DEADLINE}. */
    default long nextDeadline() {
        return NO_DEADLINE;
    }

    /** The round-trip time the connection measured (from RTCP), for plug-ins that pace by it. */
    default void setRoundTripMillis(long rttMillis) {
    }

    /** This plug-in's counters by name, for statistics and logs. */
    default Map<String, Long> counters() {
        return Map.of();
    }
}
