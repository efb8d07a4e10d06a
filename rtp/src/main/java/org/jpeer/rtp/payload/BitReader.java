package org.jpeer.rtp.payload;

import org.jpeer.rtp.InvalidPacketException;

/**
 * Reads bits most significant first, with the Exp-Golomb codes of H.264 headers. Reading past
 * the end throws {@link InvalidPacketException}, so header parsers need no length checks of their own.
 */
final class BitReader {

    private final byte[] data;
    private final int end;
    private final String what;
    private int bit;

    BitReader(byte[] data, int off, int len, String what) {
        this.data = data;
        this.end = (off + len) * 8;
        this.bit = off * 8;
        this.what = what;
    }

    int bits(int n) throws InvalidPacketException {
        if (end - bit < n) {
            throw new InvalidPacketException(what + ": truncated");
        }
        int v = 0;
        for (int i = 0; i < n; i++, bit++) {
            v = v << 1 | (data[bit >>> 3] >>> (7 - (bit & 7))) & 1;
        }
        return v;
    }

    boolean flag() throws InvalidPacketException {
        return bits(1) == 1;
    }

    void skip(int n) throws InvalidPacketException {
        bits(n);
    }

    /** ue(v); values that would not fit an int mark the header as corrupt (no real header field needs them). */
    int ue() throws InvalidPacketException {
        int zeros = 0;
        while (bits(1) == 0) {
            if (++zeros > 30) {
                throw new InvalidPacketException(what + ": Exp-Golomb code longer than 61 bits");
            }
        }
        return (1 << zeros) - 1 + bits(zeros);
    }

    int se() throws InvalidPacketException {
        int k = ue();
        return (k & 1) == 1 ? (k + 1) / 2 : -(k / 2);
    }
}
