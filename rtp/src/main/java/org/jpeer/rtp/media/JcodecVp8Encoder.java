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

    /**
     * @throws IllegalArgumentException when a side is odd: jcodec's chroma planes are exactly half the picture
     */
    @Override
    public byte[] encode(Yuv420Image img) {
        if (picture == null || picture.getWidth() != img.width() || picture.getHeight() != img.height()) {
            if (img.width() % 2 != 0 || img.height() % 2 != 0) {
                throw new IllegalArgumentException("jcodec's VP8 encoder needs an even picture size, not "
                        + img.width() + "x" + img.height());
            }
            picture = Picture.create(img.width(), img.height(), ColorSpace.YUV420J);
            out = ByteBuffer.allocate(encoder.estimateBufferSize(picture));
        }
        JcodecPictures.copy(img, picture);
        out.clear();
        ByteBuffer frame = encoder.encodeFrame(picture, out).getData();
        byte[] data = new byte[frame.remaining()];
        frame.get(data);
        return data;
    }
}
