package org.jpeer.jsep.internal;

import java.util.Locale;
import java.util.Optional;
import org.jpeer.rtp.payload.Depacketizer;
import org.jpeer.rtp.payload.OpusDepacketizer;
import org.jpeer.rtp.payload.OpusPacketizer;
import org.jpeer.rtp.payload.Packetizer;
import org.jpeer.rtp.payload.Vp8Depacketizer;
import org.jpeer.rtp.payload.Vp8Packetizer;

/** The RTP payload formats the pipeline can carry, by codec name (RFC 7587 Opus, RFC 7741 VP8). */
final class PayloadFormats {

    private PayloadFormats() {
    }

    static Optional<Packetizer> packetizer(String codecName) {
        return switch (codecName.toUpperCase(Locale.ROOT)) {
            case "OPUS" -> Optional.of(new OpusPacketizer());
            case "VP8" -> Optional.of(new Vp8Packetizer());
            default -> Optional.empty();
        };
    }

    static Optional<Depacketizer> depacketizer(String codecName) {
        return switch (codecName.toUpperCase(Locale.ROOT)) {
            case "OPUS" -> Optional.of(new OpusDepacketizer());
            case "VP8" -> Optional.of(new Vp8Depacketizer());
            default -> Optional.empty();
        };
    }
}
