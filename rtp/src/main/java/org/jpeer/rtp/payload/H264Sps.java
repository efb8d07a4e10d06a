package org.jpeer.rtp.payload;

import java.io.ByteArrayOutputStream;
import org.jpeer.rtp.InvalidPacketException;

/**
 * The fields of an H.264 sequence parameter set (ITU-T H.264 section 7.3.2.1.1) that a receiver
 * checks: profile, constraint flags and level (the SDP {@code profile-level-id}) and the cropped
 * picture size.
 *
 * <pre>{@code
 * H264Sps sps = H264Sps.parse(spsNal);
 * sps.profileLevelId();          // "42e01f"
 * sps.width();                   // 320
 * }</pre>
 *
 * @param profileIdc      66 Baseline, 77 Main, 100 High, ...
 * @param constraintFlags the byte holding constraint_set0..5 flags, as in {@code profile-level-id}
 * @param levelIdc        level times ten, e.g. 31
 * @param width           cropped luma width in pixels
 * @param height          cropped luma height in pixels
 */
public record H264Sps(int profileIdc, int constraintFlags, int levelIdc, int width, int height) {

    /** Bound that keeps pictures sane and arithmetic in range; level 6.2 allows 8192x4320. */
    private static final int MAX_MACROBLOCKS_PER_SIDE = 1024;

    /** The six hex digits of the SDP {@code profile-level-id} parameter (RFC 6184 section 8.1). */
    public String profileLevelId() {
        return String.format("%02x%02x%02x", profileIdc, constraintFlags, levelIdc);
    }

    /**
     * Parses an SPS NAL unit, header byte included.
     *
     * @throws InvalidPacketException when it is not an SPS or a field is out of range or truncated
     */
    public static H264Sps parse(byte[] nal) throws InvalidPacketException {
        if (nal.length < 4 || H264Nal.type(nal[0]) != H264Nal.SPS) {
            throw new InvalidPacketException("H.264 SPS: not an SPS NAL unit");
        }
        byte[] rbsp = unescape(nal);
        BitReader r = new BitReader(rbsp, 1, rbsp.length - 1, "H.264 SPS");
        int profile = r.bits(8);
        int constraints = r.bits(8);
        int level = r.bits(8);
        r.ue(); // seq_parameter_set_id
        int chromaFormat = 1;
        if (profile == 100 || profile == 110 || profile == 122 || profile == 244 || profile == 44 || profile == 83
                || profile == 86 || profile == 118 || profile == 128 || profile == 138 || profile == 139
                || profile == 134 || profile == 135) {
            chromaFormat = r.ue();
            if (chromaFormat > 3) {
                throw new InvalidPacketException("H.264 SPS: chroma_format_idc " + chromaFormat + " above 3");
            }
            if (chromaFormat == 3) {
                r.skip(1); // separate_colour_plane_flag
            }
            r.ue(); // bit_depth_luma_minus8
            r.ue(); // bit_depth_chroma_minus8
            r.skip(1); // qpprime_y_zero_transform_bypass_flag
            if (r.flag()) {
                skipScalingLists(r, chromaFormat == 3 ? 12 : 8);
            }
        }
        r.ue(); // log2_max_frame_num_minus4
        int pocType = r.ue();
        if (pocType == 0) {
            r.ue(); // log2_max_pic_order_cnt_lsb_minus4
        } else if (pocType == 1) {
            r.skip(1);
            r.se();
            r.se();
            int cycle = r.ue();
            if (cycle > 255) {
                throw new InvalidPacketException("H.264 SPS: num_ref_frames_in_pic_order_cnt_cycle " + cycle + " above 255");
            }
            for (int i = 0; i < cycle; i++) {
                r.se();
            }
        }
        r.ue(); // max_num_ref_frames
        r.skip(1); // gaps_in_frame_num_value_allowed_flag
        int widthMbs = r.ue() + 1;
        int heightMapUnits = r.ue() + 1;
        boolean frameMbsOnly = r.flag();
        if (widthMbs > MAX_MACROBLOCKS_PER_SIDE || heightMapUnits > MAX_MACROBLOCKS_PER_SIDE) {
            throw new InvalidPacketException("H.264 SPS: picture of " + widthMbs + "x" + heightMapUnits
                    + " macroblocks exceeds " + MAX_MACROBLOCKS_PER_SIDE);
        }
        if (!frameMbsOnly) {
            r.skip(1); // mb_adaptive_frame_field_flag
        }
        r.skip(1); // direct_8x8_inference_flag
        int width = widthMbs * 16;
        int height = heightMapUnits * 16 * (frameMbsOnly ? 1 : 2);
        if (r.flag()) {
            int cropX = chromaFormat == 1 || chromaFormat == 2 ? 2 : 1;
            int cropY = (chromaFormat == 1 ? 2 : 1) * (frameMbsOnly ? 1 : 2);
            long left = r.ue();
            long right = r.ue();
            long top = r.ue();
            long bottom = r.ue();
            width -= (int) Math.min(width, (left + right) * cropX);
            height -= (int) Math.min(height, (top + bottom) * cropY);
        }
        return new H264Sps(profile, constraints, level, width, height);
    }

    private static void skipScalingLists(BitReader r, int lists) throws InvalidPacketException {
        for (int i = 0; i < lists; i++) {
            if (!r.flag()) {
                continue;
            }
            int size = i < 6 ? 16 : 64;
            int last = 8;
            int next = 8;
            for (int j = 0; j < size && next != 0; j++) {
                next = (last + r.se() + 256) % 256;
                last = next == 0 ? last : next;
            }
        }
    }

    /** Removes emulation prevention bytes: {@code 00 00 03} becomes {@code 00 00}. */
    static byte[] unescape(byte[] nal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(nal.length);
        int zeros = 0;
        for (byte b : nal) {
            if (zeros >= 2 && b == 3) {
                zeros = 0;
                continue;
            }
            zeros = b == 0 ? zeros + 1 : 0;
            out.write(b);
        }
        return out.toByteArray();
    }
}
