package org.jpeer.rtp.rtcp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jpeer.rtp.ByteIo;
import org.jpeer.rtp.InvalidPacketException;

/** Parses compound RTCP; every length is checked against the packet before it is used. */
final class RtcpParser {

    private RtcpParser() {
    }

    static List<RtcpPacket> parseCompound(byte[] buf, int off, int len) throws InvalidPacketException {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            throw new InvalidPacketException("RTCP: range off=" + off + " len=" + len + " is outside the buffer");
        }
        if (len < 4) {
            throw new InvalidPacketException("RTCP: " + len + " bytes is shorter than one header");
        }
        List<RtcpPacket> out = new ArrayList<>(2);
        int p = off;
        int end = off + len;
        while (p < end) {
            if (end - p < 4) {
                throw new InvalidPacketException("RTCP: " + (end - p) + " trailing bytes after packet " + out.size());
            }
            int b0 = buf[p] & 0xFF;
            if (b0 >>> 6 != 2) {
                throw new InvalidPacketException("RTCP packet " + out.size() + ": version " + (b0 >>> 6) + " is not 2");
            }
            int size = (ByteIo.u16(buf, p + 2) + 1) * 4;
            if (size > end - p) {
                throw new InvalidPacketException("RTCP packet " + out.size() + ": length " + size + " exceeds the datagram");
            }
            int bodyEnd = p + size;
            if ((b0 & 0x20) != 0) {
                int padding = buf[bodyEnd - 1] & 0xFF;
                if (padding == 0 || padding > size - 4) {
                    throw new InvalidPacketException("RTCP packet " + out.size() + ": bad padding count " + padding);
                }
                bodyEnd -= padding;
            }
            out.add(parseOne(b0 & 0x1F, buf[p + 1] & 0xFF, buf, p + 4, bodyEnd));
            p += size;
        }
        return out;
    }

    private static RtcpPacket parseOne(int count, int type, byte[] b, int p, int end) throws InvalidPacketException {
        return switch (type) {
            case RtcpPacket.SR -> senderReport(count, b, p, end);
            case RtcpPacket.RR -> receiverReport(count, b, p, end);
            case RtcpPacket.SDES -> sourceDescription(count, b, p, end);
            case RtcpPacket.BYE -> bye(count, b, p, end);
            case RtcpPacket.RTPFB -> switch (count) {
                case GenericNack.FMT -> nack(b, p, end);
                case TransportCc.FMT -> TransportCc.parse(b, p, end);
                default -> unknown(type, count, b, p, end);
            };
            case RtcpPacket.PSFB -> payloadFeedback(count, b, p, end);
            default -> unknown(type, count, b, p, end);
        };
    }

    private static void need(String what, int p, int end, int bytes) throws InvalidPacketException {
        if (end - p < bytes) {
            throw new InvalidPacketException(what + ": needs " + bytes + " bytes, has " + (end - p));
        }
    }

    private static List<ReportBlock> blocks(String what, int count, byte[] b, int p, int end)
            throws InvalidPacketException {
        need(what + " report blocks", p, end, count * ReportBlock.SIZE);
        List<ReportBlock> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(ReportBlock.parse(b, p + i * ReportBlock.SIZE));
        }
        return list;
    }

    private static SenderReport senderReport(int count, byte[] b, int p, int end) throws InvalidPacketException {
        need("SR", p, end, 24);
        return new SenderReport(ByteIo.u32(b, p), ByteIo.u64(b, p + 4), ByteIo.u32(b, p + 12), ByteIo.u32(b, p + 16),
                ByteIo.u32(b, p + 20), blocks("SR", count, b, p + 24, end));
    }

    private static ReceiverReport receiverReport(int count, byte[] b, int p, int end) throws InvalidPacketException {
        need("RR", p, end, 4);
        return new ReceiverReport(ByteIo.u32(b, p), blocks("RR", count, b, p + 4, end));
    }

    private static SourceDescription sourceDescription(int count, byte[] b, int p, int end)
            throws InvalidPacketException {
        List<SdesChunk> chunks = new ArrayList<>(count);
        int base = p;
        for (int c = 0; c < count; c++) {
            need("SDES chunk " + c, p, end, 4);
            long ssrc = ByteIo.u32(b, p);
            p += 4;
            List<SdesItem> items = new ArrayList<>();
            while (true) {
                need("SDES chunk " + c + " item", p, end, 1);
                int itemType = b[p] & 0xFF;
                if (itemType == 0) {
                    p = base + ((p + 1 - base + 3) & ~3); // the terminator, then padding to the next 32-bit word
                    break;
                }
                need("SDES item " + itemType, p, end, 2);
                int len = b[p + 1] & 0xFF;
                need("SDES item " + itemType, p + 2, end, len);
                items.add(new SdesItem(itemType, utf8("SDES item " + itemType, b, p + 2, len)));
                p += 2 + len;
            }
            chunks.add(new SdesChunk(ssrc, items));
        }
        return new SourceDescription(chunks);
    }

    private static Bye bye(int count, byte[] b, int p, int end) throws InvalidPacketException {
        need("BYE", p, end, 4 * count);
        List<Long> ssrcs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ssrcs.add(ByteIo.u32(b, p + 4 * i));
        }
        p += 4 * count;
        String reason = "";
        if (p < end) {
            int len = b[p] & 0xFF;
            need("BYE reason", p + 1, end, len);
            reason = utf8("BYE reason", b, p + 1, len);
        }
        return new Bye(ssrcs, reason);
    }

    private static GenericNack nack(byte[] b, int p, int end) throws InvalidPacketException {
        need("NACK", p, end, 12);
        List<Integer> lost = new ArrayList<>();
        for (int q = p + 8; q + 4 <= end; q += 4) {
            int pid = ByteIo.u16(b, q);
            int blp = ByteIo.u16(b, q + 2);
            lost.add(pid);
            for (int bit = 0; bit < 16; bit++) {
                if ((blp & 1 << bit) != 0) {
                    lost.add((pid + bit + 1) & 0xFFFF);
                }
            }
        }
        return new GenericNack(ByteIo.u32(b, p), ByteIo.u32(b, p + 4), lost);
    }

    private static RtcpPacket payloadFeedback(int fmt, byte[] b, int p, int end) throws InvalidPacketException {
        need("PSFB", p, end, 8);
        long sender = ByteIo.u32(b, p);
        return switch (fmt) {
            case PictureLossIndication.FMT -> new PictureLossIndication(sender, ByteIo.u32(b, p + 4));
            case FullIntraRequest.FMT -> fir(sender, b, p + 8, end);
            case Remb.FMT -> end - p >= 16 && ByteIo.u32(b, p + 8) == Remb.IDENTIFIER
                    ? remb(sender, b, p + 12, end)
                    : unknown(RtcpPacket.PSFB, fmt, b, p, end);
            default -> unknown(RtcpPacket.PSFB, fmt, b, p, end);
        };
    }

    private static FullIntraRequest fir(long sender, byte[] b, int p, int end) throws InvalidPacketException {
        need("FIR", p, end, 8);
        List<FullIntraRequest.Entry> entries = new ArrayList<>();
        for (; p + 8 <= end; p += 8) {
            entries.add(new FullIntraRequest.Entry(ByteIo.u32(b, p), b[p + 4] & 0xFF));
        }
        return new FullIntraRequest(sender, entries);
    }

    private static Remb remb(long sender, byte[] b, int p, int end) throws InvalidPacketException {
        int n = b[p] & 0xFF;
        int exp = (b[p + 1] & 0xFF) >>> 2;
        long mantissa = ByteIo.u24(b, p + 1) & 0x3FFFF;
        need("REMB ssrcs", p + 4, end, 4 * n);
        // A value past 63 bits means "unlimited": take the largest one the wire form can carry.
        long bitrate = mantissa > Long.MAX_VALUE >>> exp ? Remb.MAX_BITRATE : mantissa << exp;
        List<Long> ssrcs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ssrcs.add(ByteIo.u32(b, p + 4 + 4 * i));
        }
        return new Remb(sender, bitrate, ssrcs);
    }

    /** Strict UTF-8, so that text written back has the length it was read with. */
    private static String utf8(String what, byte[] b, int p, int len) throws InvalidPacketException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, p, len))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidPacketException(what + ": text is not valid UTF-8");
        }
    }

    private static UnknownRtcp unknown(int type, int count, byte[] b, int p, int end) {
        return new UnknownRtcp(type, count, Arrays.copyOfRange(b, p, end));
    }
}
