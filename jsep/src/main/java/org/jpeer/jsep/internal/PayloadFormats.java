package org.jpeer.jsep.internal;

import java.util.Locale;
import java.util.Optional;
import org.jpeer.rtp.payload.Depacketizer;
import org.jpeer.rtp.payload.H264Depacketizer;
import org.jpeer.rtp.payload.H264Packetizer;
import org.jpeer.rtp.payload.OpusDepacketizer;
import org.jpeer.rtp.payload.OpusPacketizer;
import org.jpeer.rtp.payload.Packetizer;
import org.jpeer.rtp.payload.Vp8Depacketizer;
import org.jpeer.rtp.payload.Vp8Packetizer;

/**
 * The RTP payload formats the pipeline can carry, by codec name (RFC 7587 Opus, RFC 7741 VP8,
 * RFC 6184 H.264). H.264 is sent in packetization-mode 1, which JPeer offers first and browsers
 * prefer; the depacketizer takes both modes.
 */
final class PayloadFormats {

    private PayloadFormats() {
    }

    static Optional<Packetizer> packetizer(String codecName) {
        return switch (codecName.toUpperCase(Locale.ROOT)) {
            case "OPUS" -> Optional.of(new OpusPacketizer());
            case "VP8" -> Optional.of(new Vp8Packetizer());
            case "H264" -> Optional.of(new H264Packetizer());
            default -> Optional.empty();
        };
    }

    static Optional<Depacketizer> depacketizer(String codecName) {
        return switch (codecName.toUpperCase(Locale.ROOT)) {
            case "OPUS" -> Optional.of(new OpusDepacketizer());
            case "VP8" -> Optional.of(new Vp8Depacketizer());
            case "H264" -> Optional.of(new H264Depacketizer());
            default -> Optional.empty();
        };
    }
}
