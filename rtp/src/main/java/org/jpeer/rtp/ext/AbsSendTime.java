package org.jpeer.rtp.ext;

import org.jpeer.rtp.ByteIo;
import org.jpeer.rtp.InvalidPacketException;

/**
 * {@code abs-send-time}: the send time as 6.18 fixed-point seconds, 24 bits, wrapping every 64 s.
 *
 * <pre>{@code builder.extension(id, AbsSendTime.fromMillis(now).toBytes());}</pre>
 *
 * @param value the 24-bit 6.18 fixed-point value
 */
public record AbsSendTime(int value) {

    public AbsSendTime {
        ByteIo.checkUnsigned("abs-send-time", value, 24);
    }

    public static AbsSendTime fromMillis(long millis) {
        return new AbsSendTime((int) (((millis << 18) / 1000) & 0xFFFFFF));
    }

    /** Milliseconds within the 64-second wrap. */
    public long millis() {
        return ((long) value * 1000) >> 18;
    }

    public static AbsSendTime parse(byte[] data) throws InvalidPacketException {
        ExtensionData.requireLength("abs-send-time", data, 3);
        return new AbsSendTime(ByteIo.u24(data, 0));
    }

    public byte[] toBytes() {
        byte[] b = new byte[3];
        ByteIo.put24(b, 0, value);
        return b;
    }
}
