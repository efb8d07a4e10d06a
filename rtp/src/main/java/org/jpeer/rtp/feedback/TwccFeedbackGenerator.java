package org.jpeer.rtp.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;
import org.jpeer.rtp.ext.TransportSequenceNumber;
import org.jpeer.rtp.pipeline.Outbox;
import org.jpeer.rtp.pipeline.RtpInterceptor;
import org.jpeer.rtp.rtcp.TransportCc;

/**
 * Receive side of transport-wide congestion control as a pipeline plug-in: records when each
 * transport-wide sequence number arrived and, every {@code intervalMillis}, reports the arrivals
 * since the last report as {@link TransportCc} feedback. Place it first, so it sees RTX packets
 * as they arrived. A packet with a malformed extension is passed on and counted.
 *
 * <pre>{@code
 * RtpPipeline receive = new RtpPipeline(List.of(new TwccFeedbackGenerator(twccId, mySsrc, mediaSsrc, 100), ...));
 * }</pre>
 *
 * Arrival times have the clock's millisecond resolution; deltas are written in 250 µs units.
 */
public final class TwccFeedbackGenerator implements RtpInterceptor {

    /** Bound on recorded arrivals between two reports. */
    static final int MAX_PENDING = 8192;
    private static final long MILLIS_PER_REFERENCE_UNIT = 64;
    private static final int TICKS_PER_MILLI = 4;

    private final int extensionId;
    private final long senderSsrc;
    private final long mediaSsrc;
    private final long intervalMillis;
    /** Arrival time by extended transport-wide sequence number. */
    private final TreeMap<Long, Long> arrivals = new TreeMap<>();
    private long highest = Long.MIN_VALUE;
    /** Sequence numbers below this were reported already. */
    private long reportedThrough = Long.MIN_VALUE;
    private long lastReportMillis = Long.MIN_VALUE;
    private int feedbackCount;
    private long feedbackSent;
    private long malformed;
    private long overflowed;

    public TwccFeedbackGenerator(int extensionId, long senderSsrc, long mediaSsrc, long intervalMillis) {
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("intervalMillis " + intervalMillis + " must be positive");
        }
        this.extensionId = extensionId;
        this.senderSsrc = senderSsrc;
        this.mediaSsrc = mediaSsrc;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public RtpPacket receiveRtp(RtpPacket packet, long nowMillis, Outbox out) {
        Optional<byte[]> data = packet.extensions().get(extensionId);
        if (data.isEmpty()) {
            return packet;
        }
        try {
            long ext = extend(TransportSequenceNumber.parse(data.get()).sequence());
            if (ext >= reportedThrough) {
                arrivals.putIfAbsent(ext, nowMillis);
                if (arrivals.size() > MAX_PENDING) {
                    arrivals.pollFirstEntry();
                    overflowed++;
                }
            }
        } catch (InvalidPacketException e) {
            malformed++;
        }
        return packet;
    }

    private long extend(int seq) {
        highest = highest == Long.MIN_VALUE ? seq : highest + (short) (seq - (int) (highest & 0xFFFF));
        return highest;
    }

    @Override
    public void poll(long nowMillis, Outbox out) {
        if (arrivals.isEmpty() || nowMillis < nextDeadline()) {
            return;
        }
        lastReportMillis = nowMillis;
        // From the end of the last report on, so a loss right after it is reported too.
        long base = reportedThrough == Long.MIN_VALUE ? arrivals.firstKey() : reportedThrough;
        long last = Math.min(arrivals.lastKey(), base + 0xFFFE);
        long firstArrival = arrivals.firstEntry().getValue();
        long referenceUnits = Math.floorDiv(firstArrival, MILLIS_PER_REFERENCE_UNIT);
        long previous = referenceUnits * MILLIS_PER_REFERENCE_UNIT;
        List<TransportCc.PacketStatus> statuses = new ArrayList<>((int) (last - base + 1));
        for (long s = base; s <= last; s++) {
            Long arrival = arrivals.get(s);
            if (arrival == null) {
                statuses.add(TransportCc.PacketStatus.NOT_RECEIVED);
            } else {
                // Clamped: a reordered packet more than 8 s late is reported at the edge of the range.
                long ticks = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, (arrival - previous) * TICKS_PER_MILLI));
                statuses.add(TransportCc.PacketStatus.received((int) ticks));
                previous += ticks / TICKS_PER_MILLI;
            }
        }
        arrivals.headMap(last, true).clear();
        reportedThrough = last + 1;
        out.sendRtcp(new TransportCc(senderSsrc, mediaSsrc, (int) (base & 0xFFFF), (int) (referenceUnits & 0xFFFFFF),
                feedbackCount, statuses));
        feedbackCount = (feedbackCount + 1) & 0xFF;
        feedbackSent++;
    }

    @Override
    public long nextDeadline() {
        if (arrivals.isEmpty()) {
            return NO_DEADLINE;
        }
        return lastReportMillis == Long.MIN_VALUE ? arrivals.firstEntry().getValue() + intervalMillis
                : lastReportMillis + intervalMillis;
    }

    public long feedbackSent() {
        return feedbackSent;
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of("feedbackSent", feedbackSent, "malformedExtensions", malformed, "overflowed", overflowed);
    }
}
