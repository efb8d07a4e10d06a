package org.jpeer.rtp.ext;

import java.nio.charset.StandardCharsets;
import org.jpeer.rtp.InvalidPacketException;

/**
 * The text of an SDES item carried as a header extension: {@code sdes:mid} (RFC 8843),
 * {@code rtp-stream-id} and {@code repaired-rtp-stream-id} (RFC 8852). ASCII, 1..255 bytes.
 *
 * <pre>{@code
 * builder.extension(midId, new SdesValue("0").toBytes());
 * String rid = SdesValue.parse(packet.extensions().get(ridId).orElseThrow()).value();
 * }</pre>
 */
public record SdesValue(String value) {

    public SdesValue {
        ExtensionData.checkRange("SDES value length", value.length(), 1, 255);
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < 0x20 || value.charAt(i) > 0x7E) {
                throw new IllegalArgumentException("SDES value '" + value + "' must be printable ASCII");
            }
        }
    }

    public static SdesValue parse(byte[] data) throws InvalidPacketException {
        try {
            return new SdesValue(new String(data, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new InvalidPacketException("SDES extension: " + e.getMessage());
        }
    }

    public byte[] toBytes() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
