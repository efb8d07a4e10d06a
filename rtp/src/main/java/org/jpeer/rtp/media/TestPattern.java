package org.jpeer.rtp.media;

/**
 * The moving test picture: a diagonal gradient that scrolls, a bright square that crosses the
 * picture, colour bars, and the frame number code on top. Motion makes a frozen stream visible
 * to a person; the code makes frame order checkable by a program.
 */
public final class TestPattern {

    private TestPattern() {
    }

    /** Paints frame {@code n} into {@code img}. */
    public static void draw(Yuv420Image img, int n) {
        int w = img.width();
        int h = img.height();
        for (int yy = 0; yy < h; yy++) {
            for (int x = 0; x < w; x++) {
                img.setLuma(x, yy, 48 + ((x + yy + 4 * n) & 0x7F));
            }
        }
        int square = Math.max(8, h / 6);
        int sx = (n * 4) % Math.max(1, w - square);
        int sy = h / 2;
        for (int yy = sy; yy < Math.min(h, sy + square); yy++) {
            for (int x = sx; x < sx + square; x++) {
                img.setLuma(x, yy, 235);
            }
        }
        int cw = img.chromaWidth();
        int ch = (h + 1) / 2;
        for (int yy = 0; yy < ch; yy++) {
            for (int x = 0; x < cw; x++) {
                int bar = x * 8 / cw;
                img.u()[yy * cw + x] = (byte) (64 + (bar & 1) * 128 - (bar & 2) * 16);
                img.v()[yy * cw + x] = (byte) (64 + (bar & 4) * 32 + (bar & 2) * 16);
            }
        }
        if (FrameNumberCode.fits(w, h)) {
            FrameNumberCode.draw(img, n);
        }
    }
}
