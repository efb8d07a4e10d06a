package org.jpeer.rtp.payload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * VP8 over RTP (RFC 7741): each payload starts with a 4-byte descriptor carrying a 15-bit
 * PictureID that increments per frame (receivers such as Chrome use it to detect lost frames);
 * the first payload of a frame has S=1, PID=0. Payloads are balanced in size rather than filled
 * greedily, so no runt packet trails a frame.
 *
 * <pre>{@code
 * Packetizer vp8 = new Vp8Packetizer();
 * List<byte[]> payloads = vp8.packetize(frame, 1200);
 * }</pre>
 */
public final class Vp8Packetizer implements Packetizer {

    static final int DESCRIPTOR = 4;
    private int pictureId;

    /** Starts the PictureID at a random value, as RFC 7741 recommends. */
    public Vp8Packetizer() {
        this(ThreadLocalRandom.current().nextInt(0x8000));
    }

    public Vp8Packetizer(int initialPictureId) {
        pictureId = initialPictureId & 0x7FFF;
    }

    @Override
    public List<byte[]> packetize(byte[] frame, int maxPayloadSize) {
        int room = maxPayloadSize - DESCRIPTOR;
        if (room < 1) {
            throw new IllegalArgumentException("payload budget " + maxPayloadSize + " leaves no room after the descriptor");
        }
        if (frame.length == 0) {
            throw new IllegalArgumentException("empty VP8 frame");
        }
        int packets = (frame.length + room - 1) / room;
        int base = frame.length / packets;
        int larger = frame.length % packets;
        List<byte[]> out = new ArrayList<>(packets);
        int p = 0;
        for (int i = 0; i < packets; i++) {
            int n = base + (i < larger ? 1 : 0);
            byte[] payload = new byte[DESCRIPTOR + n];
            Vp8Descriptor.withPictureId(i == 0, pictureId).writeTo(payload, 0);
            System.arraycopy(frame, p, payload, DESCRIPTOR, n);
            p += n;
            out.add(payload);
        }
        pictureId = (pictureId + 1) & 0x7FFF;
        return out;
    }

    @Override
    public boolean markerOnLastPacket() {
        return true;
    }
}
