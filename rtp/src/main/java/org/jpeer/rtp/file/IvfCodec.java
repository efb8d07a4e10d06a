package org.jpeer.rtp.file;

import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.payload.Av1Obus;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.Vp8FrameHeader;
import org.jpeer.rtp.payload.Vp9FrameHeader;

/** Keyframe and picture size of a frame read from an IVF file, by the file's fourcc. */
final class IvfCodec {

    private IvfCodec() {
    }

    static EncodedFrame describe(String fourcc, byte[] data, long rtpTimestamp) {
        try {
            switch (fourcc) {
                case IvfWriter.VP8 -> {
                    Vp8FrameHeader h = Vp8FrameHeader.parse(data, 0, data.length);
                    return new EncodedFrame(data, rtpTimestamp, h.keyframe(), h.width(), h.height());
                }
                case IvfWriter.VP9 -> {
                    Vp9FrameHeader h = Vp9FrameHeader.parse(data, 0, data.length);
                    return new EncodedFrame(data, rtpTimestamp, h.keyframe(), h.width(), h.height());
                }
                case IvfWriter.AV1 -> {
                    return new EncodedFrame(data, rtpTimestamp, Av1Obus.startsCodedVideoSequence(data), 0, 0);
                }
                default -> {
                    return new EncodedFrame(data, rtpTimestamp, false, 0, 0);
                }
            }
        } catch (InvalidPacketException e) {
            // The file's framing is fine; a codec header we cannot read leaves the frame undescribed, as on the network.
            return new EncodedFrame(data, rtpTimestamp, false, 0, 0);
        }
    }
}
