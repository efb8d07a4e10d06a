package org.jpeer.rtp.rtcp;

import java.util.List;
import org.jpeer.rtp.ByteIo;
import org.jpeer.rtp.InvalidPacketException;

/**
 * One RTCP packet of a compound packet (RFC 3550 section 6, RFC 4585, RFC 5104, RFC 5506).
 *
 * <pre>{@code
 * List<RtcpPacket> in = RtcpPacket.parseCompound(datagram, 0, length);
 * for (RtcpPacket p : in) {
 *     switch (p) { ... }   // or instanceof chains on the sealed records
 * }
 * byte[] out = new byte[RtcpPacket.compoundSize(reply)];
 * RtcpPacket.writeCompound(reply, out, 0);
 * }</pre>
 *
 * Reduced-size compound packets (RFC 5506: a lone PLI or NACK, no SR/RR first) are accepted;
 * packet types this module does not model are kept as {@link UnknownRtcp}.
 */
public sealed interface RtcpPacket
        permits SenderReport, ReceiverReport, SourceDescription, Bye, PictureLossIndication, GenericNack,
        FullIntraRequest, Remb, TransportCc, UnknownRtcp {

    int SR = 200;
    int RR = 201;
    int SDES = 202;
    int BYE = 203;
    int APP = 204;
    int RTPFB = 205;
    int PSFB = 206;

    /** Bytes {@link #writeTo} writes, a multiple of 4, header included. */
    int size();

    /** Writes the packet with its header at {@code off}; returns {@link #size()}. */
    int writeTo(byte[] buf, int off);

    /**
     * Parses every packet of a (possibly reduced-size) compound RTCP packet.
     *
     * @throws InvalidPacketException for any input that is not a valid compound packet
     */
    static List<RtcpPacket> parseCompound(byte[] buf, int off, int len) throws InvalidPacketException {
        return RtcpParser.parseCompound(buf, off, len);
    }

    /** Total bytes {@link #writeCompound} needs. */
    static int compoundSize(List<? extends RtcpPacket> packets) {
        int n = 0;
        for (RtcpPacket p : packets) {
            n += p.size();
        }
        return n;
    }

    /**
     * Writes the packets back to back at {@code off}; returns the total length.
     *
     * @throws IndexOutOfBoundsException when they do not fit
     */
    static int writeCompound(List<? extends RtcpPacket> packets, byte[] buf, int off) {
        int total = compoundSize(packets);
        if (off < 0 || buf.length - off < total) {
            throw new IndexOutOfBoundsException("compound RTCP of " + total + " bytes does not fit at offset " + off);
        }
        int p = off;
        for (RtcpPacket packet : packets) {
            p += packet.writeTo(buf, p);
        }
        return p - off;
    }

    /** The compound packet as a new array. */
    static byte[] toBytes(List<? extends RtcpPacket> packets) {
        byte[] out = new byte[compoundSize(packets)];
        writeCompound(packets, out, 0);
        return out;
    }

    /** Writes the common 4-byte header: V=2, no padding, the count or FMT field, type and length. */
    static void writeHeader(byte[] buf, int off, int countOrFormat, int packetType, int size) {
        buf[off] = (byte) (0x80 | countOrFormat);
        buf[off + 1] = (byte) packetType;
        ByteIo.put16(buf, off + 2, size / 4 - 1);
    }

    /** A list of at most 31 items, the limit of the 5-bit count field. */
    static <T> List<T> countable(String field, List<T> items) {
        if (items.size() > 31) {
            throw new IllegalArgumentException(field + ": " + items.size() + " items exceed the 5-bit count (31)");
        }
        return List.copyOf(items);
    }
}
