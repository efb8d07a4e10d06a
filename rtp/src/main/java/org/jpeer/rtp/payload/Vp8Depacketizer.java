package org.jpeer.rtp.payload;

import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.RtpPacket;

/**
 * Reassembles VP8 frames (RFC 7741): strips each payload descriptor, joins packets of one
 * timestamp from the S=1/PID=0 packet to the marker packet when no sequence number is missing,
 * and reads keyframe and picture size from the VP8 frame header.
 *
 * <pre>{@code
 * Depacketizer d = new Vp8Depacketizer();
 * List<EncodedFrame> frames = d.push(packet);
 * }</pre>
 */
public final class Vp8Depacketizer extends FrameAssembler {

    @Override
    Fragment fragment(RtpPacket packet) throws InvalidPacketException {
        byte[] payload = packet.payload();
        Vp8Descriptor d = Vp8Descriptor.parse(payload, 0, payload.length);
        return new Fragment(packet, d.length(), d.beginsFrame(), packet.marker());
    }

    @Override
    EncodedFrame describe(byte[] data, long rtpTimestamp) {
        try {
            Vp8FrameHeader h = Vp8FrameHeader.parse(data, 0, data.length);
            return new EncodedFrame(data, rtpTimestamp, h.keyframe(), h.width(), h.height());
        } catch (InvalidPacketException e) {
            // A frame whose header does not parse is still delivered: the decoder decides, and counts it.
            return new EncodedFrame(data, rtpTimestamp, false, 0, 0);
        }
    }
}
