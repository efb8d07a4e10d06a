package org.jpeer.jsep.sdp;

import java.util.Map;
import java.util.Optional;

/**
 * The static payload types of RFC 3551 §6, which an m-line may use without an rtpmap.
 *
 * <pre>{@code
 * StaticPayloadTypes.rtpMap(0);   // Optional[PCMU/8000]
 * }</pre>
 */
public final class StaticPayloadTypes {
    /** Payload types 0..95 are static or reserved; 96..127 are dynamic and need an rtpmap. */
    public static final int FIRST_DYNAMIC = 96;

    private static final Map<Integer, RtpMap> TABLE = Map.ofEntries(
            entry(0, "PCMU", 8000, 1), entry(3, "GSM", 8000, 1), entry(4, "G723", 8000, 1),
            entry(5, "DVI4", 8000, 1), entry(6, "DVI4", 16000, 1), entry(7, "LPC", 8000, 1),
            entry(8, "PCMA", 8000, 1), entry(9, "G722", 8000, 1), entry(10, "L16", 44100, 2),
            entry(11, "L16", 44100, 1), entry(12, "QCELP", 8000, 1), entry(13, "CN", 8000, 1),
            entry(14, "MPA", 90000, null), entry(15, "G728", 8000, 1), entry(16, "DVI4", 11025, 1),
            entry(17, "DVI4", 22050, 1), entry(18, "G729", 8000, 1), entry(25, "CelB", 90000, null),
            entry(26, "JPEG", 90000, null), entry(28, "nv", 90000, null), entry(31, "H261", 90000, null),
            entry(32, "MPV", 90000, null), entry(33, "MP2T", 90000, null), entry(34, "H263", 90000, null));

    private StaticPayloadTypes() {
    }

    private static Map.Entry<Integer, RtpMap> entry(int pt, String name, int clock, Integer channels) {
        return Map.entry(pt, new RtpMap(pt, name, clock, channels));
    }

    /** The RFC 3551 assignment of a static payload type. */
    public static Optional<RtpMap> rtpMap(int payloadType) {
        return Optional.ofNullable(TABLE.get(payloadType));
    }

    /** True for 0..95: such a format may appear on an m-line without an rtpmap. */
    public static boolean isStatic(int payloadType) {
        return payloadType >= 0 && payloadType < FIRST_DYNAMIC;
    }
}
