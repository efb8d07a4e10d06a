package org.jpeer.rtp.ext;

import org.jpeer.rtp.InvalidPacketException;

/**
 * {@code playout-delay}: the sender's bounds on the receiver's playout delay, two 12-bit values
 * in 10 ms units (0..40950 ms).
 *
 * <pre>{@code builder.extension(id, new PlayoutDelay(0, 400).toBytes());}</pre>
 */
public record PlayoutDelay(int minMillis, int maxMillis) {

    static final int MAX_MILLIS = 0xFFF * 10;

    public PlayoutDelay {
        ExtensionData.checkRange("minMillis", minMillis, 0, MAX_MILLIS);
        ExtensionData.checkRange("maxMillis", maxMillis, minMillis, MAX_MILLIS);
        if (minMillis % 10 != 0 || maxMillis % 10 != 0) {
            throw new IllegalArgumentException("playout delays " + minMillis + ", " + maxMillis
                    + " must be multiples of 10 ms");
        }
    }

    /** Parses the element; a maximum below the minimum (which the wire allows) is raised to it. */
    public static PlayoutDelay parse(byte[] data) throws InvalidPacketException {
        ExtensionData.requireLength("playout-delay", data, 3);
        int min = ((data[0] & 0xFF) << 4 | (data[1] & 0xF0) >> 4) * 10;
        int max = ((data[1] & 0x0F) << 8 | (data[2] & 0xFF)) * 10;
        return new PlayoutDelay(min, Math.max(min, max));
    }

    public byte[] toBytes() {
        int min = minMillis / 10;
        int max = maxMillis / 10;
        return new byte[] {(byte) (min >> 4), (byte) ((min & 0x0F) << 4 | max >> 8), (byte) max};
    }
}
