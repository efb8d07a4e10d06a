package org.jpeer.jsep.negotiation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The H.264 {@code profile-level-id} format parameter (RFC 6184 §8.1): profile_idc, profile_iop
 * and level_idc as six hex digits. Two H.264 payload types match when their profiles are equal,
 * whatever their levels (RFC 6184 §8.2.2); the level is then negotiated.
 *
 * <p>The profile patterns are those WebRTC implementations use, so {@code 42e01f} and
 * {@code 42c01f} are both Constrained Baseline.
 *
 * <pre>{@code
 * H264ProfileLevelId id = H264ProfileLevelId.parse("42e01f").orElseThrow();
 * id.profile();   // CONSTRAINED_BASELINE
 * id.level();     // 31
 * }</pre>
 *
 * @param profile the profile the three bytes denote
 * @param level   level_idc (31 = level 3.1); {@link #LEVEL_1B} for level 1b
 * @param text    the parameter as written
 */
public record H264ProfileLevelId(Profile profile, int level, String text) {

    /** The level_idc value used here for level 1b, which sorts between 1 (10) and 1.1 (11). */
    public static final int LEVEL_1B = 0;

    /**
     * Assumed when an fmtp has no profile-level-id. RFC 6184 §8.1 says Baseline level 1, but
     * libwebrtc assumes Constrained Baseline 3.1 and browsers interoperate on that, so we do too.
     */
    public static final String DEFAULT = "42e01f";

    /** The profiles that WebRTC endpoints use. */
    public enum Profile {
        CONSTRAINED_BASELINE, BASELINE, MAIN, CONSTRAINED_HIGH, HIGH, PREDICTIVE_HIGH_444
    }

    private record Pattern(int profileIdc, int mask, int value, Profile profile) {
        boolean matches(int idc, int iop) {
            return idc == profileIdc && (iop & mask) == value;
        }
    }

    // profile_iop bit masks from webrtc's h264_profile_level_id.cc: x = don't care.
    private static final Pattern[] PATTERNS = {
        new Pattern(0x42, 0b0100_1111, 0b0100_0000, Profile.CONSTRAINED_BASELINE), // x1xx0000
        new Pattern(0x4D, 0b1000_1111, 0b1000_0000, Profile.CONSTRAINED_BASELINE), // 1xxx0000
        new Pattern(0x58, 0b1100_1111, 0b1100_0000, Profile.CONSTRAINED_BASELINE), // 11xx0000
        new Pattern(0x42, 0b0100_1111, 0b0000_0000, Profile.BASELINE),             // x0xx0000
        new Pattern(0x58, 0b1100_1111, 0b1000_0000, Profile.BASELINE),             // 10xx0000
        new Pattern(0x4D, 0b0101_1111, 0b0000_0000, Profile.MAIN),                 // 0x0x0000
        new Pattern(0x64, 0b1111_1111, 0b0000_0000, Profile.HIGH),                 // 00000000
        new Pattern(0x64, 0b1111_1111, 0b0000_1100, Profile.CONSTRAINED_HIGH),     // 00001100
        new Pattern(0xF4, 0b1111_1111, 0b0000_0000, Profile.PREDICTIVE_HIGH_444),  // 00000000
    };

    private static final int CONSTRAINT_SET3 = 0x10;

    /** Parses six hex digits; empty when they are malformed or name a profile WebRTC does not use. */
    public static Optional<H264ProfileLevelId> parse(String text) {
        if (text == null || text.length() != 6) {
            return Optional.empty();
        }
        int v;
        try {
            v = Integer.parseInt(text, 16);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        int idc = v >>> 16;
        int iop = (v >>> 8) & 0xFF;
        int levelIdc = v & 0xFF;
        int level = levelIdc == 11 && (iop & CONSTRAINT_SET3) != 0 && idc != 0x64 && idc != 0xF4 ? LEVEL_1B : levelIdc;
        for (Pattern p : PATTERNS) {
            if (p.matches(idc, iop)) {
                return Optional.of(new H264ProfileLevelId(p.profile(), level, text));
            }
        }
        return Optional.empty();
    }

    /** The profile-level-id of an fmtp map, with RFC 6184's default when absent. */
    public static Optional<H264ProfileLevelId> ofFmtp(Map<String, String> fmtp) {
        return parse(fmtp.getOrDefault("profile-level-id", DEFAULT));
    }

    /** Whether {@code a} is a lower level than {@code b}, placing 1b between 1 and 1.1. */
    static boolean lowerLevel(int a, int b) {
        return rank(a) < rank(b);
    }

    private static int rank(int level) {
        return level == LEVEL_1B ? 21 : level * 2;
    }

    /**
     * The same profile bytes at another level, for an answer that lowers or raises the level.
     * Level 1b is only reached by keeping a text that already says 1b.
     */
    public String withLevel(int newLevel) {
        if (newLevel == level || newLevel == LEVEL_1B) {
            return text;
        }
        int v = Integer.parseInt(text, 16);
        int iop = (v >>> 8) & 0xFF;
        if (level == LEVEL_1B) {
            iop &= ~CONSTRAINT_SET3;
        }
        return String.format(Locale.ROOT, "%02x%02x%02x", v >>> 16, iop, newLevel);
    }
}
