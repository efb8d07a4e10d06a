package org.jpeer.rtp.pipeline;

import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.rtcp.RtcpPacket;

/**
 * Where an {@link RtpInterceptor} puts what it wants sent: retransmissions, NACKs, feedback.
 * The {@link RtpPipeline} queues it for its owner to take with {@link RtpPipeline#poll}.
 */
public interface Outbox {

    /** An RTP packet to send; it still passes the send hooks of the interceptors after the one that made it. */
    void sendRtp(RtpPacket packet);

    /** An RTCP packet to send in the next compound packet. */
    void sendRtcp(RtcpPacket packet);
}
