package org.jpeer.rtp;

/**
 * Big-endian reads and writes on byte arrays: the network byte order of RTP and RTCP.
 * Callers check bounds before reading, so these stay branch-free.
 */
public final class ByteIo {

    private ByteIo() {
    }

    public static int u8(byte[] b, int off) {
        return b[off] & 0xFF;
    }

    public static int u16(byte[] b, int off) {
        return (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF);
    }

    public static int u24(byte[] b, int off) {
        return (b[off] & 0xFF) << 16 | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF);
    }

    public static long u32(byte[] b, int off) {
        return ((long) u16(b, off) << 16) | u16(b, off + 2);
    }

    public static long u64(byte[] b, int off) {
        return u32(b, off) << 32 | u32(b, off + 4);
    }

    public static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    public static void put24(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 16);
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) v;
    }

    public static void put32(byte[] b, int off, long v) {
        put16(b, off, (int) (v >>> 16));
        put16(b, off + 2, (int) v);
    }

    public static void put64(byte[] b, int off, long v) {
        put32(b, off, v >>> 32);
        put32(b, off + 4, v);
    }

    /** Rejects a value that does not fit an unsigned field of {@code bits} bits. */
    public static long checkUnsigned(String field, long value, int bits) {
        if (value < 0 || (bits < 64 && value >>> bits != 0)) {
            throw new IllegalArgumentException(field + " " + value + " does not fit " + bits + " unsigned bits");
        }
        return value;
    }
}
