package org.jpeer.rtp.payload;

import org.jpeer.rtp.InvalidPacketException;

/**
 * The fields of an AV1 sequence header OBU (AV1 specification section 5.5) a receiver needs before
 * decoding: the largest picture size and whether frame headers are reduced to still pictures.
 *
 * <pre>{@code
 * Av1SequenceHeader s = Av1SequenceHeader.parse(sequenceHeaderObu.payload());
 * s.maxWidth();     // e.g. 1280
 * }</pre>
 *
 * @param profile                   seq_profile, 0..7
 * @param reducedStillPictureHeader every frame is a key frame with an abbreviated header
 * @param maxWidth                  max_frame_width_minus_1 + 1
 * @param maxHeight                 max_frame_height_minus_1 + 1
 */
public record Av1SequenceHeader(int profile, boolean reducedStillPictureHeader, int maxWidth, int maxHeight) {

    private static final int MAX_UVLC_ZEROS = 32;

    /**
     * Parses a sequence header OBU's payload.
     *
     * @throws InvalidPacketException when the payload ends before the frame size fields
     */
    public static Av1SequenceHeader parse(byte[] payload) throws InvalidPacketException {
        BitReader r = new BitReader(payload, 0, payload.length, "AV1 sequence header");
        int profile = r.bits(3);
        r.skip(1); // still_picture
        boolean reduced = r.flag();
        if (reduced) {
            r.skip(5); // seq_level_idx[0]
        } else {
            skipOperatingPoints(r);
        }
        int widthBits = r.bits(4) + 1;
        int heightBits = r.bits(4) + 1;
        int width = r.bits(widthBits) + 1;
        int height = r.bits(heightBits) + 1;
        return new Av1SequenceHeader(profile, reduced, width, height);
    }

    /**
     * Whether a frame (or frame header) OBU whose payload starts with {@code frameHeader} is a key
     * frame: always with reduced still-picture headers, else when it is not a repeat of an earlier
     * frame (show_existing_frame) and its frame_type is KEY_FRAME (0).
     */
    public boolean keyFrame(byte[] frameHeader) {
        if (reducedStillPictureHeader) {
            return true;
        }
        return frameHeader.length > 0 && (frameHeader[0] & 0xE0) == 0;
    }

    /** Skips timing and decoder model information and the operating points, which only a decoder's buffer model needs. */
    private static void skipOperatingPoints(BitReader r) throws InvalidPacketException {
        boolean decoderModel = false;
        int bufferDelayBits = 0;
        if (r.flag()) { // timing_info_present_flag
            r.skip(32); // num_units_in_display_tick
            r.skip(32); // time_scale
            if (r.flag()) { // equal_picture_interval
                skipUvlc(r);
            }
            decoderModel = r.flag();
            if (decoderModel) {
                bufferDelayBits = r.bits(5) + 1;
                r.skip(32 + 5 + 5); // num_units_in_decoding_tick, two length fields
            }
        }
        boolean displayDelay = r.flag();
        int operatingPoints = r.bits(5) + 1;
        for (int i = 0; i < operatingPoints; i++) {
            r.skip(12); // operating_point_idc
            if (r.bits(5) > 7) { // seq_level_idx
                r.skip(1); // seq_tier
            }
            if (decoderModel && r.flag()) {
                r.skip(2 * bufferDelayBits + 1); // decoder and encoder buffer delay, low_delay_mode_flag
            }
            if (displayDelay && r.flag()) {
                r.skip(4);
            }
        }
    }

    private static void skipUvlc(BitReader r) throws InvalidPacketException {
        int zeros = 0;
        while (!r.flag()) {
            if (++zeros == MAX_UVLC_ZEROS) {
                return;
            }
        }
        r.skip(zeros);
    }
}
