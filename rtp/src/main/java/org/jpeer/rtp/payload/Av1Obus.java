package org.jpeer.rtp.payload;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jpeer.rtp.InvalidPacketException;

/**
 * AV1 open bitstream units (AV1 specification section 5.3) in the low-overhead bitstream format
 * that encoders, decoders and IVF files use: each OBU header followed by its LEB128 size. Over RTP
 * the size fields are dropped and the RTP aggregation header delimits OBUs instead.
 *
 * <pre>{@code
 * for (Av1Obus.Obu obu : Av1Obus.parse(temporalUnit)) {
 *     if (obu.type() == Av1Obus.SEQUENCE_HEADER) { ... }
 * }
 * }</pre>
 */
public final class Av1Obus {

    public static final int SEQUENCE_HEADER = 1;
    public static final int TEMPORAL_DELIMITER = 2;
    public static final int FRAME_HEADER = 3;
    public static final int FRAME = 6;
    public static final int TILE_LIST = 8;
    public static final int PADDING = 15;

    /** The temporal delimiter every temporal unit starts with in the low-overhead format. */
    static final byte[] TEMPORAL_DELIMITER_OBU = {0x12, 0x00};

    /**
     * One OBU without its size field.
     *
     * @param header  the header byte with obu_has_size_field cleared, then the extension byte if there is one
     * @param payload the OBU's payload
     */
    public record Obu(byte[] header, byte[] payload) {

        public int type() {
            return (header[0] >>> 3) & 0x0F;
        }
    }

    private Av1Obus() {
    }

    /**
     * Splits a temporal unit into OBUs; an OBU without a size field runs to the end.
     *
     * @throws InvalidPacketException when a header or size field is malformed or a size exceeds the data
     */
    public static List<Obu> parse(byte[] b) throws InvalidPacketException {
        List<Obu> out = new ArrayList<>();
        int p = 0;
        while (p < b.length) {
            int h = b[p] & 0xFF;
            if ((h & 0x80) != 0) {
                throw new InvalidPacketException("AV1 OBU: forbidden bit set at byte " + p);
            }
            int headerLength = (h & 0x04) != 0 ? 2 : 1;
            if (b.length - p < headerLength) {
                throw new InvalidPacketException("AV1 OBU: header truncated at byte " + p);
            }
            byte[] header = Arrays.copyOfRange(b, p, p + headerLength);
            header[0] &= ~0x02;
            p += headerLength;
            long size = b.length - p;
            if ((h & 0x02) != 0) {
                int[] pos = {p};
                size = readLeb128(b, pos, b.length);
                p = pos[0];
                if (size > b.length - p) {
                    throw new InvalidPacketException("AV1 OBU: size " + size + " exceeds the " + (b.length - p)
                            + " bytes left");
                }
            }
            out.add(new Obu(header, Arrays.copyOfRange(b, p, p + (int) size)));
            p += (int) size;
        }
        return out;
    }

    /** Whether the temporal unit holds a sequence header, so a decoder can start there (a keyframe). */
    public static boolean startsCodedVideoSequence(byte[] temporalUnit) throws InvalidPacketException {
        for (Obu obu : parse(temporalUnit)) {
            if (obu.type() == SEQUENCE_HEADER) {
                return true;
            }
        }
        return false;
    }

    /** Appends an OBU in the low-overhead format: header with obu_has_size_field set, size, payload. */
    static void writeWithSize(ByteArrayOutputStream out, byte[] header, byte[] payload, int off, int len) {
        out.write(header[0] | 0x02);
        out.write(header, 1, header.length - 1);
        writeLeb128(out, len);
        out.write(payload, off, len);
    }

    /** Reads an unsigned LEB128 value of at most 8 bytes (AV1 section 4.10.5), advancing {@code pos[0]}. */
    static long readLeb128(byte[] b, int[] pos, int end) throws InvalidPacketException {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            if (pos[0] >= end) {
                throw new InvalidPacketException("AV1: LEB128 value truncated");
            }
            int byteValue = b[pos[0]++] & 0xFF;
            value |= (long) (byteValue & 0x7F) << (7 * i);
            if ((byteValue & 0x80) == 0) {
                return value;
            }
        }
        throw new InvalidPacketException("AV1: LEB128 value longer than 8 bytes");
    }

    static void writeLeb128(ByteArrayOutputStream out, long value) {
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            out.write(value != 0 ? b | 0x80 : b);
        } while (value != 0);
    }

    static int leb128Size(long value) {
        int n = 1;
        while ((value >>>= 7) != 0) {
            n++;
        }
        return n;
    }
}
