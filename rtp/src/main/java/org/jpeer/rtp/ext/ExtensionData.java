package org.jpeer.rtp.ext;

import org.jpeer.rtp.InvalidPacketException;

/** Length checks shared by the extension parsers. */
final class ExtensionData {

    private ExtensionData() {
    }

    static void requireLength(String extension, byte[] data, int length) throws InvalidPacketException {
        if (data.length != length) {
            throw new InvalidPacketException(extension + ": " + data.length + " bytes, expected " + length);
        }
    }

    static void checkRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " " + value + " outside " + min + ".." + max);
        }
    }
}
