package org.jpeer.rtp.payload;

/**
 * H.264 NAL unit types (ITU-T H.264 table 7-1) and the RTP-only types of RFC 6184 that JPeer uses.
 *
 * <pre>{@code
 * if (H264Nal.type(nal[0]) == H264Nal.IDR) { ... }
 * }</pre>
 */
public final class H264Nal {

    public static final int SLICE = 1;
    public static final int IDR = 5;
    public static final int SEI = 6;
    public static final int SPS = 7;
    public static final int PPS = 8;
    public static final int AUD = 9;
    /** Single-time aggregation packet (RFC 6184 section 5.7.1). */
    public static final int STAP_A = 24;
    /** Fragmentation unit without decoding order number (RFC 6184 section 5.8). */
    public static final int FU_A = 28;

    private H264Nal() {
    }

    /** nal_unit_type: the low five bits of the header byte. */
    public static int type(byte header) {
        return header & 0x1F;
    }
}
