package org.jpeer.rtp.payload;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jpeer.rtp.InvalidPacketException;

/**
 * AV1 over RTP (AV1 RTP payload specification, aomedia): takes a temporal unit in the
 * low-overhead bitstream format encoders and IVF files use, drops its temporal delimiter and any
 * tile list OBUs, strips the OBU size fields and packs the OBUs as OBU elements behind a one-byte
 * aggregation header. An OBU larger than the room left is fragmented across packets (Y on the
 * packet it continues from, Z on the next). Up to three elements use W, the last element then
 * carrying no length; more use W=0 and a length on each. N marks the first packet of a temporal
 * unit with a sequence header, where a receiver can start decoding.
 *
 * <pre>{@code
 * Packetizer av1 = new Av1Packetizer();
 * List<byte[]> payloads = av1.packetize(temporalUnit, 1200);    // marker on the last one
 * }</pre>
 *
 * <p>Packets are filled greedily, reserving each element's length field, so no payload exceeds the budget.
 */
public final class Av1Packetizer implements Packetizer {

    /** The aggregation header, one element length byte and one byte of OBU. */
    static final int MIN_PAYLOAD = 3;
    private static final int MAX_W = 3;

    /** A piece of one OBU element: the whole OBU or a fragment of it. */
    private record Piece(byte[] obu, int offset, int length) {
    }

    /** One payload being built: its pieces, and whether its first piece continues and its last piece is continued. */
    private static final class Packet {
        final List<Piece> pieces = new ArrayList<>();
        boolean continuesFragment;
        boolean fragmentContinues;
    }

    @Override
    public List<byte[]> packetize(byte[] frame, int maxPayloadSize) {
        if (maxPayloadSize < MIN_PAYLOAD) {
            throw new IllegalArgumentException("payload budget " + maxPayloadSize + " is below the AV1 minimum of "
                    + MIN_PAYLOAD);
        }
        List<byte[]> obus = new ArrayList<>();
        boolean sequenceHeader = false;
        for (Av1Obus.Obu obu : parse(frame)) {
            if (obu.type() != Av1Obus.TEMPORAL_DELIMITER && obu.type() != Av1Obus.TILE_LIST) {
                obus.add(concat(obu.header(), obu.payload()));
                sequenceHeader |= obu.type() == Av1Obus.SEQUENCE_HEADER;
            }
        }
        if (obus.isEmpty()) {
            throw new IllegalArgumentException("AV1 temporal unit of " + frame.length + " bytes holds no OBU to send");
        }
        List<Packet> packets = pack(obus, maxPayloadSize - 1);
        List<byte[]> out = new ArrayList<>(packets.size());
        for (int i = 0; i < packets.size(); i++) {
            out.add(write(packets.get(i), i == 0 && sequenceHeader));
        }
        return out;
    }

    private static List<Av1Obus.Obu> parse(byte[] frame) {
        try {
            return Av1Obus.parse(frame);
        } catch (InvalidPacketException e) {
            throw new IllegalArgumentException("frame is not an AV1 temporal unit in low-overhead format: "
                    + e.getMessage(), e);
        }
    }

    private static List<Packet> pack(List<byte[]> obus, int budget) {
        List<Packet> packets = new ArrayList<>();
        Packet current = new Packet();
        int space = budget;
        for (byte[] obu : obus) {
            int pos = 0;
            while (pos < obu.length) {
                int room = space - Av1Obus.leb128Size(space);
                if (room < 1) {
                    packets.add(current);
                    current = new Packet();
                    space = budget;
                    continue;
                }
                int n = Math.min(obu.length - pos, room);
                current.pieces.add(new Piece(obu, pos, n));
                space -= Av1Obus.leb128Size(n) + n;
                pos += n;
                if (pos < obu.length) {
                    current.fragmentContinues = true;
                    packets.add(current);
                    current = new Packet();
                    current.continuesFragment = true;
                    space = budget;
                }
            }
        }
        if (!current.pieces.isEmpty()) {
            packets.add(current);
        }
        return packets;
    }

    private static byte[] write(Packet packet, boolean newSequence) {
        int count = packet.pieces.size();
        int w = count <= MAX_W ? count : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((packet.continuesFragment ? 0x80 : 0) | (packet.fragmentContinues ? 0x40 : 0) | w << 4
                | (newSequence ? 0x08 : 0));
        for (int i = 0; i < count; i++) {
            Piece piece = packet.pieces.get(i);
            if (w == 0 || i < count - 1) {
                Av1Obus.writeLeb128(out, piece.length());
            }
            out.write(piece.obu(), piece.offset(), piece.length());
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public boolean markerOnLastPacket() {
        return true;
    }
}
