package org.jpeer.rtp.media;

import org.jcodec.common.model.Picture;

/**
 * Moves samples between our {@link Yuv420Image} and jcodec's {@link Picture}, which stores 8-bit
 * samples as signed bytes centred on 0 (sample - 128) in planes that may be wider than the picture.
 */
public final class JcodecPictures {

    private JcodecPictures() {
    }

    /** Copies {@code img} into the top-left of {@code picture}, whose planes are at least as large. */
    public static void copy(Yuv420Image img, Picture picture) {
        copyPlane(img.y(), img.width(), img.height(), picture.getPlaneData(0), picture.getPlaneWidth(0));
        int cw = img.chromaWidth();
        int ch = (img.height() + 1) / 2;
        copyPlane(img.u(), cw, ch, picture.getPlaneData(1), picture.getPlaneWidth(1));
        copyPlane(img.v(), cw, ch, picture.getPlaneData(2), picture.getPlaneWidth(2));
    }

    private static void copyPlane(byte[] src, int width, int height, byte[] dst, int stride) {
        for (int row = 0; row < height; row++) {
            for (int x = 0; x < width; x++) {
                dst[row * stride + x] = (byte) ((src[row * width + x] & 0xFF) - 128);
            }
        }
    }

    /** The luma of the top-left {@code width x height} of a decoded picture; chroma stays grey. */
    public static Yuv420Image luma(Picture picture, int width, int height) {
        Yuv420Image img = Yuv420Image.blank(width, height);
        byte[] y = picture.getPlaneData(0);
        int stride = picture.getPlaneWidth(0);
        for (int row = 0; row < height; row++) {
            for (int x = 0; x < width; x++) {
                img.setLuma(x, row, y[row * stride + x] + 128);
            }
        }
        return img;
    }
}
