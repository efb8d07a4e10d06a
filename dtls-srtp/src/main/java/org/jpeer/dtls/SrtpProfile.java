package org.jpeer.dtls;

import java.util.Locale;

/**
 * The DTLS-SRTP protection profiles JPeer negotiates in {@code use_srtp} (RFC 5764 §4.1.2, RFC 7714 §14.2).
 *
 * <p>{@link #w3cName()} is the name {@code getStats} reports as {@code srtpCipher} (as Chrome does);
 * {@link #ianaName()} is the registry name of the DTLS-SRTP profile.
 */
public enum SrtpProfile {
    AES128_CM_HMAC_SHA1_80(0x0001, "AES_CM_128_HMAC_SHA1_80", 16, 14, 10, 10),
    /** 32-bit SRTP tag; SRTCP keeps the 80-bit tag (RFC 5764 §4.1.2). */
    AES128_CM_HMAC_SHA1_32(0x0002, "AES_CM_128_HMAC_SHA1_32", 16, 14, 4, 10),
    AEAD_AES_128_GCM(0x0007, "AEAD_AES_128_GCM", 16, 12, 16, 16),
    AEAD_AES_256_GCM(0x0008, "AEAD_AES_256_GCM", 32, 12, 16, 16);

    private final int id;
    private final String w3cName;
    private final int keyLength;
    private final int saltLength;
    private final int rtpTagLength;
    private final int rtcpTagLength;

    SrtpProfile(int id, String w3cName, int keyLength, int saltLength, int rtpTagLength, int rtcpTagLength) {
        this.id = id;
        this.w3cName = w3cName;
        this.keyLength = keyLength;
        this.saltLength = saltLength;
        this.rtpTagLength = rtpTagLength;
        this.rtcpTagLength = rtcpTagLength;
    }

    /** The two-byte SRTPProtectionProfile value sent in {@code use_srtp}. */
    public int id() {
        return id;
    }

    /** The name used by W3C {@code RTCTransportStats.srtpCipher}, e.g. {@code "AEAD_AES_128_GCM"}. */
    public String w3cName() {
        return w3cName;
    }

    /** The IANA DTLS-SRTP profile name, e.g. {@code "SRTP_AEAD_AES_128_GCM"}. */
    public String ianaName() {
        return "SRTP_" + name();
    }

    /** Master key length in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** Master salt length in bytes. */
    public int saltLength() {
        return saltLength;
    }

    /** Authentication tag bytes appended to each SRTP packet. */
    public int rtpTagLength() {
        return rtpTagLength;
    }

    /** Authentication tag bytes appended to each SRTCP packet (after the 4-byte SRTCP index). */
    public int rtcpTagLength() {
        return rtcpTagLength;
    }

    /** Whether this is an AEAD (AES-GCM, RFC 7714) profile. */
    public boolean isAead() {
        return id >= 0x0007;
    }

    /** The profile with a {@code use_srtp} id, or {@code null} when JPeer does not support it. */
    public static SrtpProfile byId(int id) {
        for (SrtpProfile p : values()) {
            if (p.id == id) {
                return p;
            }
        }
        return null;
    }

    /**
     * The profile named by its enum, W3C or IANA name, case-insensitive (e.g. a {@code --srtp-profile} option).
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static SrtpProfile fromName(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        for (SrtpProfile p : values()) {
            if (p.name().equals(n) || p.w3cName.equals(n) || p.ianaName().equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown SRTP profile '" + name
                + "' (expected AEAD_AES_128_GCM, AEAD_AES_256_GCM, AES_CM_128_HMAC_SHA1_80 or AES_CM_128_HMAC_SHA1_32)");
    }
}
