package org.jpeer.rtp.verify;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.jcodec.codecs.vpx.VP8Decoder;
import org.jcodec.common.model.Picture;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.media.JcodecPictures;
import org.jpeer.rtp.media.Yuv420Image;
import org.jpeer.rtp.payload.Vp8FrameHeader;

/**
 * Decodes VP8 keyframes to pictures with jcodec's decoder, which handles keyframes with one token
 * partition only; inter frames cannot be decoded on the JVM here.
 */
final class Vp8KeyframeDecoder {

    /** Why a frame did not decode. */
    enum Failure { NOT_A_KEYFRAME, UNSUPPORTED, CORRUPT }

    /** A decoded picture or the reason there is none. */
    record Result(Yuv420Image picture, Failure failure) {
    }

    private final VP8Decoder decoder = new VP8Decoder();

    Result decode(byte[] frame) {
        Vp8FrameHeader header;
        try {
            header = Vp8FrameHeader.parse(frame, 0, frame.length);
        } catch (InvalidPacketException e) {
            return new Result(null, Failure.CORRUPT);
        }
        if (!header.keyframe()) {
            return new Result(null, Failure.NOT_A_KEYFRAME);
        }
        if (header.width() == 0 || header.height() == 0) {
            return new Result(null, Failure.CORRUPT);
        }
        try {
            Optional<byte[]> decodable = Vp8SkipFlagRewriter.rewrite(frame);
            if (decodable.isEmpty()) {
                return new Result(null, Failure.UNSUPPORTED);
            }
            Picture picture = decoder.decodeFrame(ByteBuffer.wrap(decodable.get()), buffers(header));
            return new Result(JcodecPictures.luma(picture, header.width(), header.height()), null);
        } catch (InvalidPacketException | RuntimeException e) {
            // jcodec signals bitstreams it cannot follow with assorted runtime exceptions
            return new Result(null, Failure.UNSUPPORTED);
        }
    }

    /** Planes sized to whole macroblocks: jcodec writes every macroblock in full. */
    private static byte[][] buffers(Vp8FrameHeader h) {
        int w = (h.width() + 15) & ~15;
        int hh = (h.height() + 15) & ~15;
        return new byte[][] {new byte[w * hh], new byte[w * hh / 4], new byte[w * hh / 4]};
    }
}
