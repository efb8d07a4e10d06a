package org.jpeer.rtp.payload;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.jpeer.rtp.InvalidPacketException;

/**
 * Reassembles VP9 pictures (RFC 9628) in flexible and non-flexible mode: strips each payload
 * descriptor and joins the packets of one timestamp up to the marker, with no sequence number
 * missing. A picture of several spatial layers comes out as one frame, its layer frames one after
 * another as decoders take them. A picture is a keyframe when its frame header says so, or, when
 * the header cannot be read, when its first packet is neither inter-picture nor inter-layer
 * predicted; its size comes from the scalability structure, else from the frame header.
 *
 * <pre>{@code
 * Depacketizer vp9 = new Vp9Depacketizer();
 * for (EncodedFrame picture : vp9.push(packet)) {
 *     ivf.write(picture);
 * }
 * }</pre>
 *
 * <p>The start of a picture is taken from the packet before it (marker or another timestamp) when
 * that packet has been seen, else from B on the lowest spatial layer, so a stream whose lowest
 * layer a forwarding server dropped still assembles once its packets arrive in sequence.
 */
public final class Vp9Depacketizer extends TimestampFrameAssembler {

    @Override
    boolean validate(byte[] payload) throws InvalidPacketException {
        return Vp9Descriptor.parse(payload, 0, payload.length).beginsPicture();
    }

    @Override
    EncodedFrame assemble(List<ByteBuffer> payloads, long rtpTimestamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Vp9Descriptor first = null;
        for (ByteBuffer p : payloads) {
            byte[] payload = new byte[p.remaining()];
            p.get(payload);
            Vp9Descriptor d = descriptor(payload);
            first = first == null ? d : first;
            out.write(payload, d.length(), payload.length - d.length());
        }
        return describe(out.toByteArray(), rtpTimestamp, first);
    }

    private static Vp9Descriptor descriptor(byte[] payload) {
        try {
            return Vp9Descriptor.parse(payload, 0, payload.length);
        } catch (InvalidPacketException e) {
            throw new IllegalStateException("a validated VP9 payload no longer parses", e);
        }
    }

    private static EncodedFrame describe(byte[] data, long rtpTimestamp, Vp9Descriptor first) {
        Vp9FrameHeader header = null;
        try {
            header = Vp9FrameHeader.parse(data, 0, data.length);
        } catch (InvalidPacketException e) {
            // Undescribed frames are still delivered: the decoder decides, and counts it.
        }
        boolean key = header != null ? header.keyframe()
                : first.beginsFrame() && !first.interPicturePredicted() && !first.interLayerDependent();
        if (!key) {
            return new EncodedFrame(data, rtpTimestamp, false, 0, 0);
        }
        Vp9ScalabilityStructure.Resolution size = first.scalability() != null ? first.scalability().pictureSize() : null;
        if (size != null) {
            return new EncodedFrame(data, rtpTimestamp, true, size.width(), size.height());
        }
        return header != null
                ? new EncodedFrame(data, rtpTimestamp, true, header.width(), header.height())
                : new EncodedFrame(data, rtpTimestamp, true, 0, 0);
    }
}
