package org.jpeer.rtp.rtcp;

import java.util.List;
import org.jpeer.rtp.ByteIo;

/**
 * Receiver Estimated Maximum Bitrate (draft-alvestrand-rmcat-remb): PSFB, FMT 15 (application
 * layer feedback) with the "REMB" identifier. The bitrate travels as an 18-bit mantissa and a
 * 6-bit exponent, so large values are rounded down to the precision that form carries.
 */
public record Remb(long senderSsrc, long bitrateBps, List<Long> ssrcs) implements RtcpPacket {

    public static final int FMT = 15;
    static final int IDENTIFIER = 0x52454D42; // "REMB"
    /** The largest bitrate that fits 63 bits in mantissa-and-exponent form. */
    public static final long MAX_BITRATE = 0x3FFFFL << 45;

    public Remb {
        ByteIo.checkUnsigned("senderSsrc", senderSsrc, 32);
        if (bitrateBps < 0) {
            throw new IllegalArgumentException("bitrateBps " + bitrateBps + " is negative");
        }
        ssrcs = List.copyOf(ssrcs);
        if (ssrcs.size() > 255) {
            throw new IllegalArgumentException("REMB ssrcs: " + ssrcs.size() + " exceed 255");
        }
        for (long s : ssrcs) {
            ByteIo.checkUnsigned("ssrc", s, 32);
        }
    }

    @Override
    public int size() {
        return 20 + 4 * ssrcs.size();
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        int size = size();
        RtcpPacket.writeHeader(buf, off, FMT, PSFB, size);
        ByteIo.put32(buf, off + 4, senderSsrc);
        ByteIo.put32(buf, off + 8, 0);
        ByteIo.put32(buf, off + 12, IDENTIFIER);
        int exp = 0;
        long mantissa = bitrateBps;
        while (mantissa >= 1 << 18) {
            mantissa >>>= 1;
            exp++;
        }
        buf[off + 16] = (byte) ssrcs.size();
        ByteIo.put24(buf, off + 17, (int) (exp << 18 | mantissa));
        for (int i = 0; i < ssrcs.size(); i++) {
            ByteIo.put32(buf, off + 20 + 4 * i, ssrcs.get(i));
        }
        return size;
    }
}
