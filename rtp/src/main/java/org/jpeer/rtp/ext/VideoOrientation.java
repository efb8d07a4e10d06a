package org.jpeer.rtp.ext;

import org.jpeer.rtp.InvalidPacketException;

/**
 * {@code urn:3gpp:video-orientation} (3GPP TS 26.114): camera, horizontal flip and a rotation in
 * quarter turns, in one byte ({@code 0000CFRR}).
 *
 * <pre>{@code builder.extension(id, new VideoOrientation(false, false, 90).toBytes());}</pre>
 *
 * @param backCamera      C: the back camera took the picture
 * @param flipped         F: the picture is mirrored horizontally
 * @param rotationDegrees 0, 90, 180 or 270
 */
public record VideoOrientation(boolean backCamera, boolean flipped, int rotationDegrees) {

    public VideoOrientation {
        if (rotationDegrees % 90 != 0 || rotationDegrees < 0 || rotationDegrees > 270) {
            throw new IllegalArgumentException("rotationDegrees " + rotationDegrees + " must be 0, 90, 180 or 270");
        }
    }

    /** Reads the low four bits; the high ones are reserved and ignored. */
    public static VideoOrientation parse(byte[] data) throws InvalidPacketException {
        ExtensionData.requireLength("video-orientation", data, 1);
        return new VideoOrientation((data[0] & 0x08) != 0, (data[0] & 0x04) != 0, (data[0] & 0x03) * 90);
    }

    public byte[] toBytes() {
        return new byte[] {(byte) ((backCamera ? 0x08 : 0) | (flipped ? 0x04 : 0) | rotationDegrees / 90)};
    }
}
