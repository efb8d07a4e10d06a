package org.jpeer.rtp.file;

/** Samples at 48 kHz in one Opus packet, from its TOC byte and frame count (RFC 6716 section 3.1). */
final class OpusPacketDuration {

    private OpusPacketDuration() {
    }

    static int samples(byte[] packet) {
        if (packet.length == 0) {
            throw new IllegalArgumentException("empty Opus packet");
        }
        int toc = packet[0] & 0xFF;
        int config = toc >>> 3;
        int frameSamples;
        if (config < 12) {
            frameSamples = new int[] {480, 960, 1920, 2880}[config & 3]; // SILK: 10, 20, 40, 60 ms
        } else if (config < 16) {
            frameSamples = (config & 1) == 0 ? 480 : 960; // hybrid: 10, 20 ms
        } else {
            frameSamples = 120 << (config & 3); // CELT: 2.5, 5, 10, 20 ms
        }
        int frames = switch (toc & 3) {
            case 0 -> 1;
            case 1, 2 -> 2;
            default -> {
                if (packet.length < 2) {
                    throw new IllegalArgumentException("Opus code 3 packet without a frame count byte");
                }
                yield packet[1] & 0x3F;
            }
        };
        return frames * frameSamples;
    }
}
