package org.jpeer.rtp.payload;

import org.jpeer.rtp.InvalidPacketException;

/**
 * The start of a VP9 uncompressed frame header (VP9 bitstream specification section 6.2): enough
 * to tell a keyframe and, for keyframes, the picture size.
 *
 * <pre>{@code
 * Vp9FrameHeader h = Vp9FrameHeader.parse(frame, 0, frame.length);
 * if (h.keyframe()) { h.width(); }
 * }</pre>
 *
 * @param profile           0..3
 * @param showExistingFrame the frame only repeats an earlier one
 * @param keyframe          frame_type is KEY_FRAME
 * @param width             keyframes only, else 0
 * @param height            keyframes only, else 0
 */
public record Vp9FrameHeader(int profile, boolean showExistingFrame, boolean keyframe, int width, int height) {

    private static final int SYNC_CODE = 0x498342;
    private static final int CS_RGB = 7;

    /**
     * Parses the header at the start of a VP9 frame.
     *
     * @throws InvalidPacketException when the frame marker or sync code is wrong or the header is truncated
     */
    public static Vp9FrameHeader parse(byte[] b, int off, int len) throws InvalidPacketException {
        BitReader r = new BitReader(b, off, len, "VP9 frame header");
        if (r.bits(2) != 2) {
            throw new InvalidPacketException("VP9 frame header: frame_marker is not 2");
        }
        int low = r.bits(1);
        int profile = r.bits(1) << 1 | low;
        if (profile == 3) {
            r.skip(1);
        }
        if (r.flag()) {
            return new Vp9FrameHeader(profile, true, false, 0, 0);
        }
        boolean key = r.bits(1) == 0;
        r.skip(2); // show_frame, error_resilient_mode
        if (!key) {
            return new Vp9FrameHeader(profile, false, false, 0, 0);
        }
        if (r.bits(24) != SYNC_CODE) {
            throw new InvalidPacketException("VP9 keyframe: frame_sync_code 49 83 42 missing");
        }
        if (profile >= 2) {
            r.skip(1); // ten_or_twelve_bit
        }
        boolean subsampled = profile == 1 || profile == 3;
        if (r.bits(3) != CS_RGB) {
            r.skip(1); // color_range
            if (subsampled) {
                r.skip(3); // subsampling_x, subsampling_y, reserved_zero
            }
        } else if (subsampled) {
            r.skip(1);
        }
        int width = r.bits(16) + 1;
        int height = r.bits(16) + 1;
        return new Vp9FrameHeader(profile, false, true, width, height);
    }
}
