package org.jpeer.rtp.stream;

import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.payload.Depacketizer;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.FrameAssembler;
import org.jpeer.rtp.rtcp.NtpTime;
import org.jpeer.rtp.rtcp.ReportBlock;
import org.jpeer.rtp.rtcp.SenderReport;

/**
 * One incoming RTP stream (one remote SSRC): reception statistics for receiver reports and frame
 * reassembly. Packets may arrive in any order; time comes from the clock given. A
 * {@link FrameAssembler} depacketizer gets arrival times, so its jitter buffer can wait for
 * retransmissions; call {@link #poll} at {@link #nextDeadline}. Not thread-safe.
 *
 * <pre>{@code
 * RtpReceiverStream video = new RtpReceiverStream(remoteSsrc, 90000, new Vp8Depacketizer(), clock);
 * for (EncodedFrame f : video.receive(packet)) {
 *     verifier.accept(f);
 * }
 * video.onSenderReport(sr);
 * ReportBlock block = video.reportBlock();
 * }</pre>
 */
public final class RtpReceiverStream {

    private final long ssrc;
    private final Depacketizer depacketizer;
    private final InstantSource clock;
    private final ReceptionStatistics stats;

    private long bytesReceived;
    private long packetsStray;
    private long lastSrMiddle;
    private long lastSrArrivalMillis;
    private long lastSrRtpTimestamp;
    private long lastSrNtp;

    public RtpReceiverStream(long ssrc, int clockRate, Depacketizer depacketizer, InstantSource clock) {
        if (clockRate <= 0) {
            throw new IllegalArgumentException("clockRate " + clockRate + " must be positive");
        }
        this.ssrc = ssrc;
        this.depacketizer = Objects.requireNonNull(depacketizer, "depacketizer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stats = new ReceptionStatistics(clockRate);
    }

    /**
     * Takes one packet of this SSRC; returns the frames it completed, oldest first.
     *
     * @throws IllegalArgumentException when the packet belongs to another SSRC (demultiplexing is the caller's job)
     */
    public List<EncodedFrame> receive(RtpPacket packet) {
        if (packet.ssrc() != ssrc) {
            throw new IllegalArgumentException("packet SSRC " + packet.ssrc() + " is not this stream's " + ssrc);
        }
        if (!stats.onPacket(packet.sequenceNumber(), packet.timestamp(), clock.millis())) {
            packetsStray++;
            return List.of();
        }
        bytesReceived += packet.payload().length;
        return depacketizer instanceof FrameAssembler jitterBuffer
                ? jitterBuffer.push(packet, clock.millis())
                : depacketizer.push(packet);
    }

    /** Frames a jitter buffer released because their wait for an older frame ended by now. */
    public List<EncodedFrame> poll() {
        return depacketizer instanceof FrameAssembler jitterBuffer ? jitterBuffer.poll(clock.millis()) : List.of();
    }

    /** When {@link #poll} releases a waiting frame, or {@code Long.MAX_VALUE}. */
    public long nextDeadline() {
        return depacketizer instanceof FrameAssembler jitterBuffer ? jitterBuffer.nextDeadline() : Long.MAX_VALUE;
    }

    /** Remembers the remote sender's last SR, for LSR/DLSR in the next report block. */
    public void onSenderReport(SenderReport sr) {
        lastSrNtp = sr.ntpTimestamp();
        lastSrMiddle = NtpTime.middle32(sr.ntpTimestamp());
        lastSrRtpTimestamp = sr.rtpTimestamp();
        lastSrArrivalMillis = clock.millis();
    }

    /** The report block about this source for our next SR or RR; starts a new fraction-lost interval. */
    public ReportBlock reportBlock() {
        return stats.report(ssrc, clock.millis(), lastSrMiddle, lastSrArrivalMillis);
    }

    public long ssrc() {
        return ssrc;
    }

    /** Packets accepted by sequence validation, duplicates included (RFC 3550 counts them). */
    public long packetsReceived() {
        return stats.received();
    }

    /** Payload bytes of accepted packets. */
    public long bytesReceived() {
        return bytesReceived;
    }

    /** Expected minus received since the start; negative when duplicates outnumber losses. */
    public long packetsLost() {
        return stats.cumulativeLost();
    }

    /** Packets set aside as strays after a sequence number jump (RFC 3550 A.1). */
    public long packetsStray() {
        return packetsStray;
    }

    /** Interarrival jitter in RTP timestamp units. */
    public long jitter() {
        return stats.jitter();
    }

    public long extendedHighestSequence() {
        return stats.extendedHighestSequence();
    }

    public long framesAssembled() {
        return depacketizer.framesAssembled();
    }

    public long framesDropped() {
        return depacketizer.framesDropped();
    }

    /** The NTP time of the last SR received, 0 before one (for audio/video synchronisation). */
    public long lastSenderReportNtp() {
        return lastSrNtp;
    }

    /** The RTP timestamp of the last SR received. */
    public long lastSenderReportRtpTimestamp() {
        return lastSrRtpTimestamp;
    }
}
