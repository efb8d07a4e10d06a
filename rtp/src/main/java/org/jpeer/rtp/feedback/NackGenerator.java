package org.jpeer.rtp.feedback;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jpeer.rtp.rtcp.GenericNack;

/**
 * Receive-side loss recovery (RFC 4585 generic NACK): notices sequence number gaps, asks for the
 * missing packets at once, asks again every round-trip time, and gives up after a number of
 * tries or an age. Sans-IO: the caller feeds packets and polls with the current time.
 *
 * <pre>{@code
 * NackGenerator nacks = new NackGenerator(mySsrc, remoteSsrc);
 * nacks.onPacket(packet.sequenceNumber(), now);
 * nacks.poll(now).ifPresent(rtcp::send);
 * if (nacks.keyframeNeeded()) { sendPli(); }
 * }</pre>
 */
public final class NackGenerator {

    /** Retry limit per packet; after it the packet is given up and its frame will be dropped. */
    static final int MAX_RETRIES = 10;
    /** A packet missing longer than this is useless for real-time playout. */
    static final long GIVE_UP_MILLIS = 1000;
    /** Bound on tracked gaps: a bigger hole means a keyframe is cheaper than recovery. */
    static final int MAX_MISSING = 1000;
    /** Re-ask interval before any RTT is known, and its floor. */
    static final long DEFAULT_RTT_MILLIS = 100;
    static final long MIN_INTERVAL_MILLIS = 20;

    private final long senderSsrc;
    private final long mediaSsrc;
    private final TreeMap<Long, Missing> missing = new TreeMap<>();
    private long highest = Long.MIN_VALUE;
    private long rttMillis = DEFAULT_RTT_MILLIS;
    private boolean keyframeNeeded;
    private long recovered;
    private long givenUp;
    private long requests;

    private static final class Missing {
        final long since;
        long lastAsked = Long.MIN_VALUE;
        int tries;

        Missing(long since) {
            this.since = since;
        }
    }

    public NackGenerator(long senderSsrc, long mediaSsrc) {
        this.senderSsrc = senderSsrc;
        this.mediaSsrc = mediaSsrc;
    }

    /** Records an arrived packet; gaps before it become missing, a late arrival fills its gap. */
    public void onPacket(int sequenceNumber, long nowMillis) {
        if (highest == Long.MIN_VALUE) {
            highest = sequenceNumber;
            return;
        }
        long ext = highest + (short) (sequenceNumber - (int) (highest & 0xFFFF));
        if (ext <= highest) {
            if (missing.remove(ext) != null) {
                recovered++;
            }
            return;
        }
        if (ext - highest - 1 > MAX_MISSING) {
            missing.clear();
            keyframeNeeded = true;
        } else {
            for (long s = highest + 1; s < ext; s++) {
                missing.put(s, new Missing(nowMillis));
            }
            while (missing.size() > MAX_MISSING) {
                missing.pollFirstEntry();
                givenUp++;
                keyframeNeeded = true;
            }
        }
        highest = ext;
    }

    /** The NACK to send now, if any packet is due for a (re)request; gives up stale packets. */
    public Optional<GenericNack> poll(long nowMillis) {
        long interval = interval();
        List<Integer> due = new ArrayList<>();
        for (Iterator<Missing> it = missing.values().iterator(); it.hasNext(); ) {
            Missing m = it.next();
            if (m.tries >= MAX_RETRIES || nowMillis - m.since > GIVE_UP_MILLIS) {
                it.remove();
                givenUp++;
                keyframeNeeded = true;
            }
        }
        for (var e : missing.entrySet()) {
            Missing m = e.getValue();
            if (m.lastAsked == Long.MIN_VALUE || nowMillis - m.lastAsked >= interval) {
                m.lastAsked = nowMillis;
                m.tries++;
                due.add((int) (e.getKey() & 0xFFFF));
            }
        }
        if (due.isEmpty()) {
            return Optional.empty();
        }
        requests += due.size();
        return Optional.of(new GenericNack(senderSsrc, mediaSsrc, due));
    }

    /** When {@link #poll} has work next (a re-request or a give-up), or {@code Long.MAX_VALUE}. */
    public long nextDeadline() {
        long interval = interval();
        long next = Long.MAX_VALUE;
        for (Missing m : missing.values()) {
            long ask = m.lastAsked == Long.MIN_VALUE ? m.since : m.lastAsked + interval;
            next = Math.min(next, Math.min(ask, m.since + GIVE_UP_MILLIS + 1));
        }
        return next;
    }

    private long interval() {
        return Math.max(MIN_INTERVAL_MILLIS, rttMillis);
    }

    /** Sets the round-trip time that paces re-requests (from RTCP, see {@code RtpSenderStream#roundTripMillis}). */
    public void setRoundTripMillis(long rtt) {
        if (rtt > 0) {
            rttMillis = rtt;
        }
    }

    /** True once a packet was given up; reading it clears it (send one PLI per occasion). */
    public boolean keyframeNeeded() {
        boolean k = keyframeNeeded;
        keyframeNeeded = false;
        return k;
    }

    /** Sequence numbers currently missing. */
    public int missingCount() {
        return missing.size();
    }

    /** Missing packets that arrived later (retransmitted or merely reordered). */
    public long recovered() {
        return recovered;
    }

    public long givenUp() {
        return givenUp;
    }

    /** Sequence numbers requested so far, retries included. */
    public long requests() {
        return requests;
    }
}
