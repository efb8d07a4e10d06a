package org.jpeer.rtp.payload;

import org.jpeer.rtp.InvalidPacketException;

/**
 * The VP8 payload descriptor (RFC 7741 section 4.2) at the start of every VP8 RTP payload.
 *
 * @param nonReference   the N bit
 * @param start          the S bit: this packet starts a VP8 partition
 * @param partitionIndex PID, 0..7
 * @param pictureId      7- or 15-bit PictureID, -1 when absent
 * @param longPictureId  whether the PictureID uses the 15-bit form
 * @param tl0PicIdx      TL0PICIDX, -1 when absent
 * @param temporalId     TID, -1 when absent
 * @param layerSync      the Y bit
 * @param keyIndex       KEYIDX, -1 when absent
 * @param length         descriptor bytes on the wire
 */
public record Vp8Descriptor(boolean nonReference, boolean start, int partitionIndex, int pictureId,
                            boolean longPictureId, int tl0PicIdx, int temporalId, boolean layerSync, int keyIndex,
                            int length) {

    /** The descriptor our packetizer writes: X=1, I=1 with a 15-bit PictureID, nothing else. */
    static Vp8Descriptor withPictureId(boolean start, int pictureId) {
        return new Vp8Descriptor(false, start, 0, pictureId & 0x7FFF, true, -1, -1, false, -1, 4);
    }

    /** Whether this packet begins a frame: S set on partition 0. */
    public boolean beginsFrame() {
        return start && partitionIndex == 0;
    }

    /** Writes the 4-byte PictureID form made by {@link #withPictureId}. */
    void writeTo(byte[] buf, int off) {
        buf[off] = (byte) (0x80 | (nonReference ? 0x20 : 0) | (start ? 0x10 : 0) | partitionIndex);
        buf[off + 1] = (byte) 0x80;
        buf[off + 2] = (byte) (0x80 | pictureId >>> 8);
        buf[off + 3] = (byte) pictureId;
    }

    /**
     * Parses the descriptor of a payload; at least one byte of VP8 data must follow it.
     *
     * @throws InvalidPacketException when the descriptor is truncated or nothing follows it
     */
    public static Vp8Descriptor parse(byte[] b, int off, int len) throws InvalidPacketException {
        int p = off;
        int end = off + len;
        if (len < 1) {
            throw new InvalidPacketException("VP8 descriptor: empty payload");
        }
        int b0 = b[p++] & 0xFF;
        int pictureId = -1;
        boolean longId = false;
        int tl0 = -1;
        int tid = -1;
        boolean sync = false;
        int keyIdx = -1;
        if ((b0 & 0x80) != 0) {
            need(p, end, 1);
            int x = b[p++] & 0xFF;
            if ((x & 0x80) != 0) {
                need(p, end, 1);
                int m = b[p++] & 0xFF;
                if ((m & 0x80) != 0) {
                    need(p, end, 1);
                    pictureId = (m & 0x7F) << 8 | (b[p++] & 0xFF);
                    longId = true;
                } else {
                    pictureId = m;
                }
            }
            if ((x & 0x40) != 0) {
                need(p, end, 1);
                tl0 = b[p++] & 0xFF;
            }
            if ((x & 0x30) != 0) {
                need(p, end, 1);
                int t = b[p++] & 0xFF;
                if ((x & 0x20) != 0) {
                    tid = t >>> 6;
                    sync = (t & 0x20) != 0;
                }
                if ((x & 0x10) != 0) {
                    keyIdx = t & 0x1F;
                }
            }
        }
        if (p >= end) {
            throw new InvalidPacketException("VP8 descriptor: no VP8 data after the " + (p - off) + "-byte descriptor");
        }
        return new Vp8Descriptor((b0 & 0x20) != 0, (b0 & 0x10) != 0, b0 & 0x07, pictureId, longId, tl0, tid, sync,
                keyIdx, p - off);
    }

    private static void need(int p, int end, int n) throws InvalidPacketException {
        if (end - p < n) {
            throw new InvalidPacketException("VP8 descriptor: truncated");
        }
    }
}
