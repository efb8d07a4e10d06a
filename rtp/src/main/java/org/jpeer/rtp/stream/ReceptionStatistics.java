package org.jpeer.rtp.stream;

import org.jpeer.rtp.rtcp.NtpTime;
import org.jpeer.rtp.rtcp.ReportBlock;

/**
 * Per-source reception statistics of RFC 3550 appendix A: sequence number validation and
 * extension (A.1), loss and fraction lost (A.3) and interarrival jitter (A.8).
 */
final class ReceptionStatistics {

    static final int MAX_DROPOUT = 3000;
    static final int MAX_MISORDER = 100;
    private static final int SEQ_MOD = 1 << 16;

    private final int clockRate;
    private boolean started;
    private int maxSeq;
    private long cycles;
    private long baseSeq;
    private int badSeq = SEQ_MOD + 1;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private long lastTransit;
    private long jitterQ4;

    ReceptionStatistics(int clockRate) {
        this.clockRate = clockRate;
    }

    /** Accounts one packet; returns false when it is taken as a stray from a big sequence jump. */
    boolean onPacket(int seq, long rtpTimestamp, long arrivalMillis) {
        if (!started) {
            restart(seq);
            started = true;
        } else {
            int delta = (seq - maxSeq) & 0xFFFF;
            if (delta < MAX_DROPOUT) {
                if (seq < maxSeq) {
                    cycles += SEQ_MOD;
                }
                maxSeq = seq;
            } else if (delta <= SEQ_MOD - MAX_MISORDER) {
                // A big jump: believe it only when the next packet follows it (the source restarted).
                if (seq != badSeq) {
                    badSeq = (seq + 1) & 0xFFFF;
                    return false;
                }
                restart(seq);
            }
        }
        received++;
        updateJitter(rtpTimestamp, arrivalMillis);
        return true;
    }

    private void restart(int seq) {
        maxSeq = seq;
        baseSeq = seq;
        cycles = 0;
        badSeq = SEQ_MOD + 1;
        received = 0;
        expectedPrior = 0;
        receivedPrior = 0;
    }

    private void updateJitter(long rtpTimestamp, long arrivalMillis) {
        long arrival = arrivalMillis * clockRate / 1000;
        long transit = arrival - rtpTimestamp;
        if (received > 1) {
            long d = Math.abs((int) (transit - lastTransit)); // 32-bit wrap of RTP timestamps
            jitterQ4 += d - ((jitterQ4 + 8) >> 4);
        }
        lastTransit = transit;
    }

    long extendedHighestSequence() {
        return cycles + maxSeq;
    }

    long expected() {
        return started ? extendedHighestSequence() - baseSeq + 1 : 0;
    }

    long received() {
        return received;
    }

    long cumulativeLost() {
        return expected() - received;
    }

    /** Interarrival jitter in RTP timestamp units. */
    long jitter() {
        return jitterQ4 >> 4;
    }

    /** A report block for {@code ssrc}, closing the current reporting interval for fraction lost. */
    ReportBlock report(long ssrc, long nowMillis, long lastSrMiddle, long lastSrArrivalMillis) {
        long expected = expected();
        long expectedInterval = expected - expectedPrior;
        long receivedInterval = received - receivedPrior;
        long lostInterval = expectedInterval - receivedInterval;
        expectedPrior = expected;
        receivedPrior = received;
        int fraction = expectedInterval == 0 || lostInterval <= 0 ? 0 : (int) ((lostInterval << 8) / expectedInterval);
        long lost = Math.max(-0x800000L, Math.min(0x7FFFFFL, cumulativeLost()));
        long dlsr = lastSrMiddle == 0 ? 0 : NtpTime.millisToUnits(nowMillis - lastSrArrivalMillis);
        return new ReportBlock(ssrc, Math.min(fraction, 255), (int) lost, extendedHighestSequence() & 0xFFFFFFFFL,
                jitter() & 0xFFFFFFFFL, lastSrMiddle, dlsr);
    }
}
