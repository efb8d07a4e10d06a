package org.jpeer.rtp.rtcp;

import java.util.ArrayList;
import java.util.List;
import org.jpeer.rtp.ByteIo;
import org.jpeer.rtp.InvalidPacketException;

/**
 * Transport-wide congestion control feedback (draft-holmer-rmcat-transport-wide-cc-extensions
 * section 3.1): RTPFB, FMT 15. For a run of transport-wide sequence numbers from
 * {@code baseSequence} it says which packets arrived and when: the first arrival relative to a
 * reference time in 64 ms units, each next one as a delta in 250 µs units from the previous.
 * On the wire the statuses are packed into run-length and status-vector chunks.
 *
 * <pre>{@code
 * TransportCc fb = new TransportCc(mySsrc, mediaSsrc, 100, referenceTime64ms, feedbackCount++,
 *         List.of(TransportCc.PacketStatus.received(8), TransportCc.PacketStatus.NOT_RECEIVED,
 *                 TransportCc.PacketStatus.received(-40)));
 * }</pre>
 *
 * @param baseSequence  transport-wide sequence number of the first packet described
 * @param referenceTime arrival time base, unsigned 24 bits in 64 ms units (wraps)
 * @param feedbackCount this feedback's number, 8 bits, for the sender to notice lost feedback
 * @param packets       the status of each packet from {@code baseSequence} on, 1..65535 of them
 */
public record TransportCc(long senderSsrc, long mediaSsrc, int baseSequence, int referenceTime, int feedbackCount,
                          List<PacketStatus> packets) implements RtcpPacket {

    public static final int FMT = 15;
    private static final int NOT_RECEIVED_SYMBOL = 0;
    private static final int SMALL_DELTA_SYMBOL = 1;
    private static final int LARGE_DELTA_SYMBOL = 2;
    private static final int MAX_RUN = 0x1FFF;

    /**
     * Whether one packet arrived, and its receive delta.
     *
     * @param deltaTicks arrival minus the previous arrival (or the reference time), in 250 µs, signed 16 bits
     */
    public record PacketStatus(boolean received, int deltaTicks) {
        public static final PacketStatus NOT_RECEIVED = new PacketStatus(false, 0);

        public PacketStatus {
            if (deltaTicks < Short.MIN_VALUE || deltaTicks > Short.MAX_VALUE || (!received && deltaTicks != 0)) {
                throw new IllegalArgumentException("deltaTicks " + deltaTicks
                        + (received ? " does not fit signed 16 bits" : " given for a packet not received"));
            }
        }

        public static PacketStatus received(int deltaTicks) {
            return new PacketStatus(true, deltaTicks);
        }

        int symbol() {
            if (!received) {
                return NOT_RECEIVED_SYMBOL;
            }
            return deltaTicks >= 0 && deltaTicks <= 0xFF ? SMALL_DELTA_SYMBOL : LARGE_DELTA_SYMBOL;
        }
    }

    public TransportCc {
        ByteIo.checkUnsigned("senderSsrc", senderSsrc, 32);
        ByteIo.checkUnsigned("mediaSsrc", mediaSsrc, 32);
        ByteIo.checkUnsigned("baseSequence", baseSequence, 16);
        ByteIo.checkUnsigned("referenceTime", referenceTime, 24);
        ByteIo.checkUnsigned("feedbackCount", feedbackCount, 8);
        packets = List.copyOf(packets);
        if (packets.isEmpty() || packets.size() > 0xFFFF) {
            throw new IllegalArgumentException("packets: " + packets.size() + " statuses outside 1..65535");
        }
    }

    /** The status chunks, 16 bits each. */
    private List<Integer> chunks() {
        List<Integer> chunks = new ArrayList<>();
        int n = packets.size();
        int i = 0;
        while (i < n) {
            int symbol = packets.get(i).symbol();
            int run = 1;
            while (i + run < n && run < MAX_RUN && packets.get(i + run).symbol() == symbol) {
                run++;
            }
            if (run >= 14 || i + run == n) {
                chunks.add(symbol << 13 | run);
                i += run;
                continue;
            }
            int oneBitCount = Math.min(14, n - i);
            if (packets.subList(i, i + oneBitCount).stream().allMatch(p -> p.symbol() <= SMALL_DELTA_SYMBOL)) {
                int chunk = 0x8000;
                for (int j = 0; j < oneBitCount; j++) {
                    chunk |= packets.get(i + j).symbol() << (13 - j);
                }
                chunks.add(chunk);
                i += oneBitCount;
            } else {
                int count = Math.min(7, n - i);
                int chunk = 0xC000;
                for (int j = 0; j < count; j++) {
                    chunk |= packets.get(i + j).symbol() << (2 * (6 - j));
                }
                chunks.add(chunk);
                i += count;
            }
        }
        return chunks;
    }

    private int deltaBytes() {
        int n = 0;
        for (PacketStatus p : packets) {
            n += p.symbol() == LARGE_DELTA_SYMBOL ? 2 : p.symbol();
        }
        return n;
    }

    private int unpaddedSize(int chunkCount) {
        return 20 + 2 * chunkCount + deltaBytes();
    }

    @Override
    public int size() {
        return (unpaddedSize(chunks().size()) + 3) & ~3;
    }

    @Override
    public int writeTo(byte[] buf, int off) {
        List<Integer> chunks = chunks();
        int unpadded = unpaddedSize(chunks.size());
        int size = (unpadded + 3) & ~3;
        RtcpPacket.writeHeader(buf, off, FMT, RTPFB, size);
        if (size != unpadded) {
            buf[off] |= 0x20; // RTCP padding: the last byte counts the padding bytes
        }
        ByteIo.put32(buf, off + 4, senderSsrc);
        ByteIo.put32(buf, off + 8, mediaSsrc);
        ByteIo.put16(buf, off + 12, baseSequence);
        ByteIo.put16(buf, off + 14, packets.size());
        ByteIo.put24(buf, off + 16, referenceTime);
        buf[off + 19] = (byte) feedbackCount;
        int p = off + 20;
        for (int c : chunks) {
            ByteIo.put16(buf, p, c);
            p += 2;
        }
        for (PacketStatus s : packets) {
            if (s.symbol() == SMALL_DELTA_SYMBOL) {
                buf[p++] = (byte) s.deltaTicks();
            } else if (s.symbol() == LARGE_DELTA_SYMBOL) {
                ByteIo.put16(buf, p, s.deltaTicks() & 0xFFFF);
                p += 2;
            }
        }
        for (; p < off + size; p++) {
            buf[p] = (byte) (p == off + size - 1 ? size - unpadded : 0);
        }
        return size;
    }

    /** Parses the body after the common header; {@code end} excludes RTCP padding. */
    static TransportCc parse(byte[] b, int p, int end) throws InvalidPacketException {
        need(p, end, 16);
        long sender = ByteIo.u32(b, p);
        long media = ByteIo.u32(b, p + 4);
        int base = ByteIo.u16(b, p + 8);
        int count = ByteIo.u16(b, p + 10);
        int reference = ByteIo.u24(b, p + 12);
        int feedbackCount = b[p + 15] & 0xFF;
        if (count == 0) {
            throw new InvalidPacketException("TWCC: packet status count is 0");
        }
        int[] symbols = new int[count];
        int q = p + 16;
        for (int n = 0; n < count; q += 2) {
            need(q, end, 2);
            int chunk = ByteIo.u16(b, q);
            if ((chunk & 0x8000) == 0) {
                int symbol = chunk >> 13 & 3;
                for (int run = Math.min(chunk & MAX_RUN, count - n); run > 0; run--) {
                    symbols[n++] = symbol;
                }
            } else if ((chunk & 0x4000) == 0) {
                for (int j = 0; j < 14 && n < count; j++) {
                    symbols[n++] = chunk >> (13 - j) & 1;
                }
            } else {
                for (int j = 0; j < 7 && n < count; j++) {
                    symbols[n++] = chunk >> (2 * (6 - j)) & 3;
                }
            }
        }
        List<PacketStatus> packets = new ArrayList<>(count);
        for (int symbol : symbols) {
            switch (symbol) {
                case NOT_RECEIVED_SYMBOL -> packets.add(PacketStatus.NOT_RECEIVED);
                case SMALL_DELTA_SYMBOL -> {
                    need(q, end, 1);
                    packets.add(PacketStatus.received(b[q++] & 0xFF));
                }
                case LARGE_DELTA_SYMBOL -> {
                    need(q, end, 2);
                    packets.add(PacketStatus.received((short) ByteIo.u16(b, q)));
                    q += 2;
                }
                default -> throw new InvalidPacketException("TWCC: reserved status symbol 3");
            }
        }
        return new TransportCc(sender, media, base, reference, feedbackCount, packets);
    }

    private static void need(int p, int end, int bytes) throws InvalidPacketException {
        if (end - p < bytes) {
            throw new InvalidPacketException("TWCC: needs " + bytes + " more bytes, has " + (end - p));
        }
    }
}
