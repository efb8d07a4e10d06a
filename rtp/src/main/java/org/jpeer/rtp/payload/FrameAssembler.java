package org.jpeer.rtp.payload;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;

/**
 * The codec-independent part of frame reassembly, with a bounded jitter buffer: orders packets by
 * extended sequence number, finds runs of consecutive packets with one timestamp from a frame
 * start to a frame end, and emits frames in order. When a newer frame is complete but an older
 * one still misses a packet, the newer frame waits up to {@link #maxWaitMillis()} after it
 * completed, so that a retransmission (NACK/RTX) can fill the hole; then the older frame is given
 * up and counted. With no wait (the default) an overtaken frame is given up at once. Subclasses
 * say where a payload's media data starts and which packets start and end frames.
 *
 * <pre>{@code
 * FrameAssembler vp8 = new Vp8Depacketizer();
 * vp8.setMaxWaitMillis(Math.max(2 * rtt + 20, 50));
 * List<EncodedFrame> frames = vp8.push(packet, now);
 * frames = vp8.poll(now);              // when now reaches vp8.nextDeadline()
 * }</pre>
 *
 * Sans-IO: time comes only as the {@code nowMillis} arguments; the untimed {@link #push(RtpPacket)}
 * uses the time of the last timed call.
 */
public abstract class FrameAssembler implements Depacketizer {

    /** Bound on buffered packets, so a stream that never completes a frame cannot grow memory. */
    static final int MAX_BUFFERED_PACKETS = 2048;
    /** Bound on the wait: a frame older than this is useless for real-time playout. */
    public static final long MAX_WAIT_LIMIT_MILLIS = 1000;
    /** {@link #nextDeadline()} when no frame waits. */
    public static final long NO_DEADLINE = Long.MAX_VALUE;

    private final TreeMap<Long, Slot> buffer = new TreeMap<>();
    private long maxWaitMillis;
    private long now;
    private long deadline = NO_DEADLINE;
    private long highest = Long.MIN_VALUE;
    /** Extended sequence number of the marker packet of the last emitted frame. */
    private long lastEmittedEnd = Long.MIN_VALUE;
    /** Packets up to here are late: their frame was emitted or given up. */
    private long discardThrough = Long.MIN_VALUE;
    private long assembled;
    private long dropped;
    private long discarded;

    /** Media data of one packet, the part after the payload header. */
    record Fragment(RtpPacket packet, int offset, boolean startsFrame, boolean endsFrame) {
        int length() {
            return packet.payload().length - offset;
        }
    }

    /** A buffered fragment and when it arrived. */
    private record Slot(Fragment fragment, long arrivalMillis) {
    }

    /** Parses the payload header of a packet. */
    abstract Fragment fragment(RtpPacket packet) throws InvalidPacketException;

    /** Describes an assembled frame (keyframe, size). */
    abstract EncodedFrame describe(byte[] data, long rtpTimestamp);

    /**
     * How long a complete frame may wait for an older incomplete one, from its completion.
     *
     * @throws IllegalArgumentException outside 0..{@link #MAX_WAIT_LIMIT_MILLIS}
     */
    public void setMaxWaitMillis(long millis) {
        if (millis < 0 || millis > MAX_WAIT_LIMIT_MILLIS) {
            throw new IllegalArgumentException("maxWaitMillis " + millis + " outside 0.." + MAX_WAIT_LIMIT_MILLIS);
        }
        maxWaitMillis = millis;
    }

    public long maxWaitMillis() {
        return maxWaitMillis;
    }

    @Override
    public List<EncodedFrame> push(RtpPacket packet) {
        return push(packet, now);
    }

    /** Accepts one packet that arrived at {@code nowMillis}; returns the frames now ready, oldest first. */
    public List<EncodedFrame> push(RtpPacket packet, long nowMillis) {
        now = Math.max(now, nowMillis);
        Fragment f;
        try {
            f = fragment(packet);
        } catch (InvalidPacketException e) {
            discarded++;
            return List.of();
        }
        long ext = extend(packet.sequenceNumber());
        if (ext <= discardThrough || buffer.containsKey(ext)) {
            discarded++;
            return List.of();
        }
        buffer.put(ext, new Slot(f, now));
        highest = Math.max(highest, ext);
        if (buffer.size() > MAX_BUFFERED_PACKETS) {
            dropOldestFrame();
        }
        return emitReady();
    }

    /** The frames whose wait ended by {@code nowMillis}, oldest first. */
    public List<EncodedFrame> poll(long nowMillis) {
        now = Math.max(now, nowMillis);
        return emitReady();
    }

    /** When a waiting frame will be released without its older neighbour, or {@link #NO_DEADLINE}. */
    public long nextDeadline() {
        return deadline;
    }

    private long extend(int seq) {
        if (highest == Long.MIN_VALUE) {
            return seq;
        }
        int delta = (short) (seq - (int) (highest & 0xFFFF));
        return highest + delta;
    }

    private List<EncodedFrame> emitReady() {
        List<EncodedFrame> out = List.of();
        deadline = NO_DEADLINE;
        for (Run run = oldestComplete(); run != null; run = oldestComplete()) {
            // Before the first frame nothing is known to be missing: packets older than the first
            // one seen were never asked for, so waiting for them would only delay the start.
            boolean nothingMissingBefore = lastEmittedEnd == Long.MIN_VALUE
                    || buffer.firstKey() == run.start && run.start == lastEmittedEnd + 1;
            if (!nothingMissingBefore && now < run.completedMillis + maxWaitMillis) {
                deadline = run.completedMillis + maxWaitMillis;
                break;
            }
            if (out.isEmpty()) {
                out = new ArrayList<>(1);
            }
            out.add(take(run.start, run.end));
        }
        return out;
    }

    /** A complete frame in the buffer: its sequence range and when its last packet arrived. */
    private record Run(long start, long end, long completedMillis) {
    }

    /** The oldest complete frame in the buffer, or null. */
    private Run oldestComplete() {
        long runStart = Long.MIN_VALUE;
        long prev = Long.MIN_VALUE;
        long runTimestamp = -1;
        long runCompleted = Long.MIN_VALUE;
        for (Map.Entry<Long, Slot> e : buffer.entrySet()) {
            long seq = e.getKey();
            Fragment f = e.getValue().fragment();
            // A frame starts at a start-flagged packet, or right after the packet that ended the last emitted frame.
            if (f.startsFrame() || seq == lastEmittedEnd + 1) {
                runStart = seq;
                runTimestamp = f.packet().timestamp();
                runCompleted = Long.MIN_VALUE;
            } else if (seq != prev + 1 || f.packet().timestamp() != runTimestamp) {
                runStart = Long.MIN_VALUE;
            }
            prev = seq;
            runCompleted = Math.max(runCompleted, e.getValue().arrivalMillis());
            if (runStart != Long.MIN_VALUE && f.endsFrame()) {
                return new Run(runStart, seq, runCompleted);
            }
        }
        return null;
    }

    /** Removes the frame [start, end] and everything older, which is given up; returns the frame. */
    private EncodedFrame take(long start, long end) {
        long droppedTimestamp = -1;
        int size = 0;
        for (Iterator<Map.Entry<Long, Slot>> it = buffer.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Slot> e = it.next();
            if (e.getKey() >= start) {
                break;
            }
            long ts = e.getValue().fragment().packet().timestamp();
            if (ts != droppedTimestamp) {
                dropped++;
                droppedTimestamp = ts;
            }
            it.remove();
        }
        List<Fragment> frame = buffer.subMap(start, true, end, true).values().stream().map(Slot::fragment).toList();
        for (Fragment f : frame) {
            size += f.length();
        }
        byte[] data = new byte[size];
        int p = 0;
        long timestamp = 0;
        for (Fragment f : frame) {
            System.arraycopy(f.packet().payload(), f.offset(), data, p, f.length());
            p += f.length();
            timestamp = f.packet().timestamp();
        }
        buffer.subMap(start, true, end, true).clear();
        lastEmittedEnd = end;
        discardThrough = end;
        assembled++;
        return describe(data, timestamp);
    }

    private void dropOldestFrame() {
        long ts = buffer.firstEntry().getValue().fragment().packet().timestamp();
        while (!buffer.isEmpty() && buffer.firstEntry().getValue().fragment().packet().timestamp() == ts) {
            discardThrough = Math.max(discardThrough, buffer.pollFirstEntry().getKey());
        }
        dropped++;
    }

    @Override
    public long framesAssembled() {
        return assembled;
    }

    @Override
    public long framesDropped() {
        return dropped;
    }

    @Override
    public long packetsDiscarded() {
        return discarded;
    }
}
