package org.jpeer.rtp.rtcp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jpeer.rtp.ByteIo;

/**
 * A goodbye packet (RFC 3550 section 6.6), PT 203.
 *
 * @param ssrcs  up to 31 sources leaving
 * @param reason why, empty for none; at most 255 UTF-8 bytes
 */
public record Bye(List<Long> ssrcs, String reason) implements RtcpPacket {

    public Bye {
        ssrcs = RtcpPacket.countable("ssrcs", ssrcs);
        for (long s : ssrcs) {
            ByteIo.checkUnsigned("ssrc", s, 32);
        }
        if (reason.getBytes(StandardCharsets.UTF_8).length > 255) {
            throw new IllegalArgumentException("BYE reason exceeds 255 UTF-8 bytes");
        }
    }

    @Override
    public int size() {
        int n = 4 + 4 * ssrcs.size();
        int r = reason.getBytes(StandardCharsets.UTF_8).length;
        return r == 0 ? n : n + ((1 + r + 3) & ~3);
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        int size = size();
        RtcpPacket.writeHeader(buf, off, ssrcs.size(), BYE, size);
        int p = off + 4;
        for (long s : ssrcs) {
            ByteIo.put32(buf, p, s);
            p += 4;
        }
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        if (text.length > 0) {
            buf[p] = (byte) text.length;
            System.arraycopy(text, 0, buf, p + 1, text.length);
            Arrays.fill(buf, p + 1 + text.length, off + size, (byte) 0);
        }
        return size;
    }
}
