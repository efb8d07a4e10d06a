package org.jpeer.rtp.payload;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;

/**
 * The codec-independent part of frame reassembly: orders packets by extended sequence number,
 * finds runs of consecutive packets with one timestamp from a frame start to a frame end, and
 * gives up older incomplete frames once a newer frame completes (real-time media never waits on
 * a frame that has been overtaken). Subclasses say where a payload's media data starts and which
 * packets start and end frames.
 */
abstract class FrameAssembler implements Depacketizer {

    /** Bound on buffered packets, so a stream that never completes a frame cannot grow memory. */
    static final int MAX_BUFFERED_PACKETS = 2048;

    private final TreeMap<Long, Fragment> buffer = new TreeMap<>();
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

    /** Parses the payload header of a packet. */
    abstract Fragment fragment(RtpPacket packet) throws InvalidPacketException;

    /** Describes an assembled frame (keyframe, size). */
    abstract EncodedFrame describe(byte[] data, long rtpTimestamp);

    @Override
    public List<EncodedFrame> push(RtpPacket packet) {
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
        buffer.put(ext, f);
        highest = Math.max(highest, ext);
        if (buffer.size() > MAX_BUFFERED_PACKETS) {
            dropOldestFrame();
        }
        return emitComplete();
    }

    private long extend(int seq) {
        if (highest == Long.MIN_VALUE) {
            return seq;
        }
        int delta = (short) (seq - (int) (highest & 0xFFFF));
        return highest + delta;
    }

    private List<EncodedFrame> emitComplete() {
        EncodedFrame first = nextComplete();
        if (first == null) {
            return List.of();
        }
        List<EncodedFrame> out = new ArrayList<>(1);
        for (EncodedFrame f = first; f != null; f = nextComplete()) {
            out.add(f);
        }
        return out;
    }

    /** Takes the oldest complete frame out of the buffer, or returns null. */
    private EncodedFrame nextComplete() {
        long runStart = Long.MIN_VALUE;
        long prev = Long.MIN_VALUE;
        long runTimestamp = -1;
        for (Map.Entry<Long, Fragment> e : buffer.entrySet()) {
            long seq = e.getKey();
            Fragment f = e.getValue();
            // A frame starts at a start-flagged packet, or right after the packet that ended the last emitted frame.
            if (f.startsFrame() || seq == lastEmittedEnd + 1) {
                runStart = seq;
                runTimestamp = f.packet().timestamp();
            } else if (seq != prev + 1 || f.packet().timestamp() != runTimestamp) {
                runStart = Long.MIN_VALUE;
            }
            prev = seq;
            if (runStart != Long.MIN_VALUE && f.endsFrame()) {
                return take(runStart, seq);
            }
        }
        return null;
    }

    /** Removes the frame [start, end] and everything older, which is given up; returns the frame. */
    private EncodedFrame take(long start, long end) {
        long droppedTimestamp = -1;
        int size = 0;
        for (Iterator<Map.Entry<Long, Fragment>> it = buffer.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Fragment> e = it.next();
            if (e.getKey() >= start) {
                break;
            }
            long ts = e.getValue().packet().timestamp();
            if (ts != droppedTimestamp) {
                dropped++;
                droppedTimestamp = ts;
            }
            it.remove();
        }
        Map<Long, Fragment> frame = buffer.subMap(start, true, end, true);
        for (Fragment f : frame.values()) {
            size += f.length();
        }
        byte[] data = new byte[size];
        int p = 0;
        long timestamp = 0;
        for (Fragment f : frame.values()) {
            System.arraycopy(f.packet().payload(), f.offset(), data, p, f.length());
            p += f.length();
            timestamp = f.packet().timestamp();
        }
        frame.clear();
        lastEmittedEnd = end;
        discardThrough = end;
        assembled++;
        return describe(data, timestamp);
    }

    private void dropOldestFrame() {
        long ts = buffer.firstEntry().getValue().packet().timestamp();
        while (!buffer.isEmpty() && buffer.firstEntry().getValue().packet().timestamp() == ts) {
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
