package org.jpeer.rtp.payload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jpeer.rtp.InvalidPacketException;

/**
 * VP9 over RTP (RFC 9628) in non-flexible mode, one spatial and one temporal layer: every payload
 * starts with a descriptor carrying a 15-bit picture ID that increments per picture, B on the
 * first and E on the last packet of the frame, P clear on keyframes only, and on a keyframe's
 * first packet the scalability structure with the picture size, so a receiver that joins late
 * learns the stream's shape at its first keyframe. Payloads are balanced in size rather than
 * filled greedily.
 *
 * <pre>{@code
 * Packetizer vp9 = new Vp9Packetizer();
 * List<byte[]> payloads = vp9.packetize(frame, 1200);    // marker on the last one
 * }</pre>
 *
 * <p>Keyframe and size come from the frame's own header; a frame whose header does not parse is
 * sent as inter-predicted, the safe assumption for a receiver.
 */
public final class Vp9Packetizer implements Packetizer {

    private int pictureId;

    /** Starts the picture ID at a random value, as RFC 9628 recommends. */
    public Vp9Packetizer() {
        this(ThreadLocalRandom.current().nextInt(0x8000));
    }

    public Vp9Packetizer(int initialPictureId) {
        pictureId = initialPictureId & 0x7FFF;
    }

    @Override
    public List<byte[]> packetize(byte[] frame, int maxPayloadSize) {
        if (frame.length == 0) {
            throw new IllegalArgumentException("empty VP9 frame");
        }
        Vp9ScalabilityStructure ss = keyframeStructure(frame);
        byte[] first = Vp9Descriptor.nonFlexible(ss == null, true, false, pictureId, ss).toBytes();
        int plain = Vp9Descriptor.nonFlexible(ss == null, false, false, pictureId, null).length();
        int firstRoom = maxPayloadSize - first.length;
        int room = maxPayloadSize - plain;
        if (firstRoom < 1) {
            throw new IllegalArgumentException("payload budget " + maxPayloadSize + " leaves no room after the "
                    + first.length + "-byte descriptor");
        }
        int[] sizes = split(frame.length, firstRoom, room);
        List<byte[]> out = new ArrayList<>(sizes.length);
        for (int i = 0, p = 0; i < sizes.length; p += sizes[i], i++) {
            boolean last = i == sizes.length - 1;
            byte[] descriptor = i == 0
                    ? Vp9Descriptor.nonFlexible(ss == null, true, last, pictureId, ss).toBytes()
                    : Vp9Descriptor.nonFlexible(ss == null, false, last, pictureId, null).toBytes();
            byte[] payload = new byte[descriptor.length + sizes[i]];
            System.arraycopy(descriptor, 0, payload, 0, descriptor.length);
            System.arraycopy(frame, p, payload, descriptor.length, sizes[i]);
            out.add(payload);
        }
        pictureId = (pictureId + 1) & 0x7FFF;
        return out;
    }

    /** The scalability structure a keyframe announces, or null for any other frame. */
    private static Vp9ScalabilityStructure keyframeStructure(byte[] frame) {
        try {
            Vp9FrameHeader h = Vp9FrameHeader.parse(frame, 0, frame.length);
            return h.keyframe() ? Vp9ScalabilityStructure.singleLayer(h.width(), h.height()) : null;
        } catch (InvalidPacketException e) {
            return null;
        }
    }

    /**
     * Frame bytes per packet: as even as the budgets allow, the first packet's budget being smaller
     * when it carries the scalability structure.
     */
    static int[] split(int length, int firstRoom, int room) {
        int packets = 1 + (Math.max(0, length - firstRoom) + room - 1) / room;
        int[] sizes = new int[packets];
        int share = (length + packets - 1) / packets;
        sizes[0] = Math.min(share, firstRoom);
        int rest = length - sizes[0];
        for (int i = 1; i < packets; i++) {
            sizes[i] = rest / (packets - i) + (rest % (packets - i) == 0 ? 0 : 1);
            rest -= sizes[i];
        }
        return sizes;
    }

    @Override
    public boolean markerOnLastPacket() {
        return true;
    }
}
