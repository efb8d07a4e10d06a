package org.jpeer.rtp.ext;

import org.jpeer.rtp.InvalidPacketException;

/**
 * {@code ssrc-audio-level} (RFC 6464): voice activity and the level in -dBov, 0 (loudest) to 127.
 *
 * <pre>{@code builder.extension(id, new AudioLevel(true, 30).toBytes());}</pre>
 */
public record AudioLevel(boolean voiceActivity, int level) {

    public AudioLevel {
        ExtensionData.checkRange("audio level", level, 0, 127);
    }

    public static AudioLevel parse(byte[] data) throws InvalidPacketException {
        ExtensionData.requireLength("ssrc-audio-level", data, 1);
        return new AudioLevel((data[0] & 0x80) != 0, data[0] & 0x7F);
    }

    public byte[] toBytes() {
        return new byte[] {(byte) ((voiceActivity ? 0x80 : 0) | level)};
    }
}
