package org.jpeer.rtp.rtcp;

import org.jpeer.rtp.ByteIo;

/**
 * A reception report block (RFC 3550 section 6.4.1), 24 bytes on the wire.
 *
 * @param ssrc               the source this block reports on
 * @param fractionLost       packets lost since the previous report, as a fraction of 256
 * @param cumulativeLost     packets lost since reception began, signed 24 bits (duplicates can make it negative)
 * @param extendedHighestSeq cycles in the high 16 bits, highest sequence number in the low 16
 * @param jitter             interarrival jitter in RTP timestamp units
 * @param lastSr             middle 32 bits of the NTP timestamp of the last SR received, 0 if none
 * @param delaySinceLastSr   delay since that SR in units of 1/65536 s
 */
public record ReportBlock(long ssrc, int fractionLost, int cumulativeLost, long extendedHighestSeq, long jitter,
                          long lastSr, long delaySinceLastSr) {

    static final int SIZE = 24;
    static final int MAX_LOST = 0x7FFFFF;
    static final int MIN_LOST = -0x800000;

    public ReportBlock {
        ByteIo.checkUnsigned("ssrc", ssrc, 32);
        ByteIo.checkUnsigned("fractionLost", fractionLost, 8);
        if (cumulativeLost < MIN_LOST || cumulativeLost > MAX_LOST) {
            throw new IllegalArgumentException("cumulativeLost " + cumulativeLost + " does not fit signed 24 bits");
        }
        ByteIo.checkUnsigned("extendedHighestSeq", extendedHighestSeq, 32);
        ByteIo.checkUnsigned("jitter", jitter, 32);
        ByteIo.checkUnsigned("lastSr", lastSr, 32);
        ByteIo.checkUnsigned("delaySinceLastSr", delaySinceLastSr, 32);
    }

    /** Round-trip time in milliseconds seen from the SR sender when this block arrives at {@code arrivalNtpMiddle}, or -1 without an SR. */
    public long roundTripMillis(long arrivalNtpMiddle) {
        if (lastSr == 0) {
            return -1;
        }
        long rtt = (arrivalNtpMiddle - lastSr - delaySinceLastSr) & 0xFFFFFFFFL;
        return rtt > 0x7FFFFFFFL ? 0 : rtt * 1000 / 65536;
    }

    void writeTo(byte[] buf, int off) {
        ByteIo.put32(buf, off, ssrc);
        buf[off + 4] = (byte) fractionLost;
        ByteIo.put24(buf, off + 5, cumulativeLost & 0xFFFFFF);
        ByteIo.put32(buf, off + 8, extendedHighestSeq);
        ByteIo.put32(buf, off + 12, jitter);
        ByteIo.put32(buf, off + 16, lastSr);
        ByteIo.put32(buf, off + 20, delaySinceLastSr);
    }

    static ReportBlock parse(byte[] buf, int off) {
        int lost = ByteIo.u24(buf, off + 5);
        return new ReportBlock(ByteIo.u32(buf, off), buf[off + 4] & 0xFF, (lost << 8) >> 8, ByteIo.u32(buf, off + 8),
                ByteIo.u32(buf, off + 12), ByteIo.u32(buf, off + 16), ByteIo.u32(buf, off + 20));
    }
}
