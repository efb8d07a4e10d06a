package org.jpeer.rtp.ext;

import org.jpeer.rtp.ByteIo;
import org.jpeer.rtp.InvalidPacketException;

/**
 * {@code toffset} (RFC 5450): how far the send time lies from the RTP timestamp, in RTP clock
 * units, signed 24 bits.
 *
 * <pre>{@code builder.extension(id, new TransmissionOffset(90).toBytes());}</pre>
 */
public record TransmissionOffset(int offset) {

    public TransmissionOffset {
        ExtensionData.checkRange("transmission offset", offset, -0x800000, 0x7FFFFF);
    }

    public static TransmissionOffset parse(byte[] data) throws InvalidPacketException {
        ExtensionData.requireLength("toffset", data, 3);
        return new TransmissionOffset(ByteIo.u24(data, 0) << 8 >> 8);
    }

    public byte[] toBytes() {
        byte[] b = new byte[3];
        ByteIo.put24(b, 0, offset & 0xFFFFFF);
        return b;
    }
}
