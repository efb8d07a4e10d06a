package org.jpeer.rtp.ext;

import org.jpeer.rtp.ByteIo;
import org.jpeer.rtp.InvalidPacketException;

/**
 * The transport-wide sequence number (draft-holmer-rmcat-transport-wide-cc-extensions): one
 * 16-bit counter over every packet of a transport, which TWCC feedback refers to.
 *
 * <pre>{@code builder.extension(id, new TransportSequenceNumber(next++ & 0xFFFF).toBytes());}</pre>
 */
public record TransportSequenceNumber(int sequence) {

    public TransportSequenceNumber {
        ByteIo.checkUnsigned("transport sequence number", sequence, 16);
    }

    public static TransportSequenceNumber parse(byte[] data) throws InvalidPacketException {
        ExtensionData.requireLength("transport-wide-cc", data, 2);
        return new TransportSequenceNumber(ByteIo.u16(data, 0));
    }

    public byte[] toBytes() {
        byte[] b = new byte[2];
        ByteIo.put16(b, 0, sequence);
        return b;
    }
}
