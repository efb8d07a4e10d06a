package org.jpeer.rtp.media;

import java.nio.ByteBuffer;
import org.jcodec.codecs.vpx.VP8Encoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/**
 * VP8 through jcodec's pure-Java encoder, which makes keyframes only (about 5-6 KB for the 320x240 test pattern).
 * Not thread-safe: the picture and output buffers are reused between frames.
 */
public final class JcodecVp8Encoder implements VideoEncoder {

    /** jcodec's quantiser: lower is sharper and larger; 30 gives about 5.7 KB (5 packets) per 320x240 test frame. */
    static final int QP = 30;

    private final VP8Encoder encoder = VP8Encoder.createVP8Encoder(QP);
    private Picture picture;
    private ByteBuffer out;

    @Override
    public byte[] encode(Yuv420Image img) {
        if (picture == null || picture.getWidth() != img.width() || picture.getHeight() != img.height()) {
            picture = Picture.create(img.width(), img.height(), ColorSpace.YUV420J);
            out = ByteBuffer.allocate(encoder.estimateBufferSize(picture));
        }
        toSigned(img.y(), picture.getPlaneData(0), img.width() * img.height());
        toSigned(img.u(), picture.getPlaneData(1), picture.getPlaneData(1).length);
        toSigned(img.v(), picture.getPlaneData(2), picture.getPlaneData(2).length);
        out.clear();
        ByteBuffer frame = encoder.encodeFrame(picture, out).getData();
        byte[] data = new byte[frame.remaining()];
        frame.get(data);
        return data;
    }

    /** jcodec stores 8-bit samples as signed bytes centred on 0 (sample - 128). */
    private static void toSigned(byte[] src, byte[] dst, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = (byte) ((src[i] & 0xFF) - 128);
        }
    }
}
