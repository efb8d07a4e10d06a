package org.jpeer.rtp.rtcp;

/**
 * NTP timestamps (RFC 5905 section 6) as RTCP uses them: 32 bits of seconds since 1900 and 32 bits
 * of fraction, and the "middle 32 bits" form used by LSR/DLSR round-trip arithmetic.
 *
 * <pre>{@code
 * long ntp = NtpTime.fromEpochMillis(clock.millis());
 * long lsr = NtpTime.middle32(ntp);
 * }</pre>
 */
public final class NtpTime {

    /** Seconds from 1900-01-01 (NTP era 0) to 1970-01-01 (Unix epoch). */
    static final long EPOCH_OFFSET_SECONDS = 2_208_988_800L;

    private NtpTime() {
    }

    public static long fromEpochMillis(long millis) {
        long seconds = Math.floorDiv(millis, 1000) + EPOCH_OFFSET_SECONDS;
        long fraction = (Math.floorMod(millis, 1000L) << 32) / 1000;
        return seconds << 32 | fraction;
    }

    public static long toEpochMillis(long ntp) {
        long seconds = (ntp >>> 32) - EPOCH_OFFSET_SECONDS;
        long fraction = ntp & 0xFFFFFFFFL;
        return seconds * 1000 + ((fraction * 1000 + (1L << 31)) >>> 32);
    }

    /** The middle 32 bits: 16 bits of seconds, 16 bits of fraction. */
    public static long middle32(long ntp) {
        return (ntp >>> 16) & 0xFFFFFFFFL;
    }

    /** Milliseconds as units of 1/65536 s, the DLSR unit. */
    public static long millisToUnits(long millis) {
        return (millis * 65536 / 1000) & 0xFFFFFFFFL;
    }
}
