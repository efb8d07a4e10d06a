package org.jpeer.rtp.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.rtcp.RtcpPacket;

/**
 * An ordered chain of {@link RtpInterceptor}s between the media streams and the transport, in the
 * spirit of Pion's interceptors but sans-IO: the owner feeds packets and time in and takes the
 * packets to send out with {@link #poll}. Not thread-safe: one connection's executor owns it.
 *
 * <pre>{@code
 * RtpPipeline pipeline = new RtpPipeline(List.of(rtxReceiver, nackRequester));
 * RtpPacket media = pipeline.receiveRtp(packet, now);          // null when consumed
 * pipeline.receiveRtcp(rtcpPackets, now);
 * RtpPipeline.Output out = pipeline.poll(now);                  // at now >= pipeline.nextDeadline() too
 * out.rtp().forEach(transport::sendRtp);
 * if (!out.rtcp().isEmpty()) transport.sendRtcp(out.rtcp());
 * }</pre>
 *
 * RTP an interceptor emits (a retransmission, say) passes the send hooks of the interceptors after
 * it, so a later plug-in, e.g. a transport-wide sequence stamper, sees it like any packet sent.
 */
public final class RtpPipeline {

    /** What the pipeline has to send: RTP packets in order, and RTCP for one compound packet. */
    public record Output(List<RtpPacket> rtp, List<RtcpPacket> rtcp) {
        public Output {
            rtp = List.copyOf(rtp);
            rtcp = List.copyOf(rtcp);
        }

        public boolean isEmpty() {
            return rtp.isEmpty() && rtcp.isEmpty();
        }
    }

    private final List<RtpInterceptor> interceptors;
    private final List<Stage> stages = new ArrayList<>();
    private final List<RtpPacket> rtpOut = new ArrayList<>();
    private final List<RtcpPacket> rtcpOut = new ArrayList<>();
    /** The time of the call in progress, for RTP an interceptor emits through its outbox. */
    private long now;

    public RtpPipeline(List<? extends RtpInterceptor> interceptors) {
        this.interceptors = List.copyOf(interceptors);
        for (int i = 0; i < this.interceptors.size(); i++) {
            stages.add(new Stage(i));
        }
    }

    /** Runs a received packet through every receive hook; returns what reaches the media stream, or null. */
    public RtpPacket receiveRtp(RtpPacket packet, long nowMillis) {
        RtpPacket p = Objects.requireNonNull(packet, "packet");
        now = nowMillis;
        for (int i = 0; i < interceptors.size() && p != null; i++) {
            p = interceptors.get(i).receiveRtp(p, nowMillis, stages.get(i));
        }
        return p;
    }

    /** Runs a packet to send through every send hook; it (or its rewrite) is queued for {@link #poll}. */
    public void sendRtp(RtpPacket packet, long nowMillis) {
        now = nowMillis;
        sendFrom(0, Objects.requireNonNull(packet, "packet"));
    }

    public void receiveRtcp(List<? extends RtcpPacket> packets, long nowMillis) {
        now = nowMillis;
        for (RtcpPacket p : packets) {
            for (int i = 0; i < interceptors.size(); i++) {
                interceptors.get(i).receiveRtcp(p, nowMillis, stages.get(i));
            }
        }
    }

    /** Lets every interceptor emit what is due, then hands over everything queued since the last poll. */
    public Output poll(long nowMillis) {
        now = nowMillis;
        for (int i = 0; i < interceptors.size(); i++) {
            interceptors.get(i).poll(nowMillis, stages.get(i));
        }
        Output out = new Output(rtpOut, rtcpOut);
        rtpOut.clear();
        rtcpOut.clear();
        return out;
    }

    /** The earliest deadline of any interceptor, or {@link RtpInterceptor#NO_DEADLINE}. */
    public long nextDeadline() {
        long d = RtpInterceptor.NO_DEADLINE;
        for (RtpInterceptor i : interceptors) {
            d = Math.min(d, i.nextDeadline());
        }
        return d;
    }

    public void setRoundTripMillis(long rttMillis) {
        interceptors.forEach(i -> i.setRoundTripMillis(rttMillis));
    }

    public List<RtpInterceptor> interceptors() {
        return interceptors;
    }

    private void sendFrom(int first, RtpPacket packet) {
        RtpPacket p = packet;
        for (int i = first; i < interceptors.size() && p != null; i++) {
            p = interceptors.get(i).sendRtp(p, now, stages.get(i));
        }
        if (p != null) {
            rtpOut.add(p);
        }
    }

    /** The outbox of interceptor {@code index}: its RTP continues after it in the send chain. */
    private final class Stage implements Outbox {
        private final int index;

        Stage(int index) {
            this.index = index;
        }

        @Override
        public void sendRtp(RtpPacket packet) {
            sendFrom(index + 1, packet);
        }

        @Override
        public void sendRtcp(RtcpPacket packet) {
            rtcpOut.add(packet);
        }
    }
}
