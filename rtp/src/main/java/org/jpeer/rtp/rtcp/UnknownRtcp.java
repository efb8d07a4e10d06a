package org.jpeer.rtp.rtcp;

import java.util.Arrays;

/**
 * An RTCP packet of a type (or feedback format) this module does not model, kept so it can be
 * counted, logged or forwarded unchanged.
 *
 * @param packetType    the PT field
 * @param countOrFormat the 5-bit count / FMT field
 * @param body          the bytes after the 4-byte header, padding removed; a multiple of 4 bytes to be writable
 */
public record UnknownRtcp(int packetType, int countOrFormat, byte[] body) implements RtcpPacket {

    public UnknownRtcp {
        if (packetType < 0 || packetType > 255 || countOrFormat < 0 || countOrFormat > 31) {
            throw new IllegalArgumentException("packetType " + packetType + " / count " + countOrFormat + " out of range");
        }
    }

    @Override
    public int size() {
        return 4 + ((body.length + 3) & ~3);
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        int size = size();
        RtcpPacket.writeHeader(buf, off, countOrFormat, packetType, size);
        System.arraycopy(body, 0, buf, off + 4, body.length);
        Arrays.fill(buf, off + 4 + body.length, off + size, (byte) 0);
        return size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownRtcp u && u.packetType == packetType && u.countOrFormat == countOrFormat
                && Arrays.equals(u.body, body);
    }

    @Override
    public int hashCode() {
        return (packetType * 31 + countOrFormat) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "UnknownRtcp[pt=" + packetType + ", count=" + countOrFormat + ", " + body.length + " bytes]";
    }
}
