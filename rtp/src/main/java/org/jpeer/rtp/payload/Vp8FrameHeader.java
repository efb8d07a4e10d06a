package org.jpeer.rtp.payload;

import org.jpeer.rtp.InvalidPacketException;

/**
 * The uncompressed header at the start of every VP8 frame (RFC 6386 section 9.1): a 3-byte frame
 * tag, and for keyframes a start code and the picture size.
 *
 * @param keyframe           the P bit is 0
 * @param version            0..3
 * @param showFrame          whether the frame is meant to be shown
 * @param firstPartitionSize bytes of the first partition after the header
 * @param width              keyframes only, else 0
 * @param height             keyframes only, else 0
 */
public record Vp8FrameHeader(boolean keyframe, int version, boolean showFrame, int firstPartitionSize, int width,
                             int height) {

    public static final int KEYFRAME_HEADER = 10;

    /**
     * Parses the header of a whole VP8 frame.
     *
     * @throws InvalidPacketException when the frame is truncated or a keyframe lacks the start code
     */
    public static Vp8FrameHeader parse(byte[] f, int off, int len) throws InvalidPacketException {
        if (len < 3) {
            throw new InvalidPacketException("VP8 frame: " + len + " bytes is shorter than the frame tag");
        }
        int tag = (f[off] & 0xFF) | (f[off + 1] & 0xFF) << 8 | (f[off + 2] & 0xFF) << 16;
        boolean key = (tag & 1) == 0;
        int version = (tag >>> 1) & 7;
        boolean show = (tag & 0x10) != 0;
        int partition = tag >>> 5;
        int headerLength = key ? KEYFRAME_HEADER : 3;
        if (len < headerLength || partition > len - headerLength) {
            throw new InvalidPacketException("VP8 frame: first partition of " + partition + " bytes exceeds the "
                    + len + "-byte frame");
        }
        if (!key) {
            return new Vp8FrameHeader(false, version, show, partition, 0, 0);
        }
        if ((f[off + 3] & 0xFF) != 0x9D || (f[off + 4] & 0xFF) != 0x01 || (f[off + 5] & 0xFF) != 0x2A) {
            throw new InvalidPacketException("VP8 keyframe: start code 9d 01 2a missing");
        }
        int width = ((f[off + 6] & 0xFF) | (f[off + 7] & 0xFF) << 8) & 0x3FFF;
        int height = ((f[off + 8] & 0xFF) | (f[off + 9] & 0xFF) << 8) & 0x3FFF;
        return new Vp8FrameHeader(true, version, show, partition, width, height);
    }
}
