package org.jpeer.rtp.payload;

import java.util.List;

/**
 * Splits an encoded frame into RTP payloads of one payload format. Implementations may keep state
 * across frames (a VP8 PictureID), so use one instance per stream.
 *
 * <pre>{@code
 * List<byte[]> payloads = new Vp8Packetizer().packetize(frame.data(), 1200);
 * }</pre>
 */
public interface Packetizer {

    /** Default RTP payload budget: fits a 1280-byte path MTU after IP, UDP, SRTP and extensions. */
    int DEFAULT_MAX_PAYLOAD = 1200;

    /**
     * The payloads carrying {@code frame}, in sending order, none larger than {@code maxPayloadSize}.
     *
     * @throws IllegalArgumentException when the format cannot fit the frame in that budget
     */
    List<byte[]> packetize(byte[] frame, int maxPayloadSize);

    /** Whether the RTP marker bit goes on the last packet of each frame (video), or stays clear (audio). */
    boolean markerOnLastPacket();
}
