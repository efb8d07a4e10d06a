package org.jpeer.rtp.media;

import java.util.OptionalInt;

/**
 * Draws a 16-bit frame number into a picture, and reads it back after lossy coding.
 *
 * <p>Two rows of large square blocks across the top: row one holds a white and a black reference
 * block and then the 16 bits, most significant first (white = 1); row two holds the complement.
 * A bit is read only when its two blocks clearly disagree, so a damaged picture yields no number
 * rather than a wrong one.
 */
public final class FrameNumberCode {

    public static final int BITS = 16;
    static final int BLOCKS = 2 + BITS;
    private static final int WHITE = 235;
    private static final int BLACK = 16;

    private FrameNumberCode() {
    }

    /** Block edge in pixels for a picture width: a multiple of 8, at least 8. */
    static int blockSize(int width) {
        return Math.max(8, width / BLOCKS / 8 * 8);
    }

    /** The smallest picture that can carry the code. */
    public static boolean fits(int width, int height) {
        return width >= BLOCKS * 8 && height >= 2 * blockSize(width);
    }

    /** Draws {@code number} (taken modulo 2^16) over the top rows of {@code img}. */
    public static void draw(Yuv420Image img, int number) {
        int b = blockSize(img.width());
        for (int i = 0; i < BLOCKS; i++) {
            boolean white = i == 0 || (i >= 2 && ((number >>> (BITS - 1 - (i - 2))) & 1) == 1);
            fill(img, i * b, 0, b, white ? WHITE : BLACK);
            fill(img, i * b, b, b, white ? BLACK : WHITE);
        }
    }

    private static void fill(Yuv420Image img, int x0, int y0, int size, int luma) {
        for (int yy = y0; yy < y0 + size; yy++) {
            for (int x = x0; x < x0 + size; x++) {
                img.setLuma(x, yy, luma);
            }
        }
        int cw = img.chromaWidth();
        for (int yy = y0 / 2; yy < (y0 + size) / 2; yy++) {
            for (int x = x0 / 2; x < (x0 + size) / 2; x++) {
                img.u()[yy * cw + x] = (byte) 128;
                img.v()[yy * cw + x] = (byte) 128;
            }
        }
    }

    /** The number drawn in {@code img}, or empty when the code is absent or damaged. */
    public static OptionalInt read(Yuv420Image img) {
        if (!fits(img.width(), img.height())) {
            return OptionalInt.empty();
        }
        int b = blockSize(img.width());
        double white = (mean(img, 0, 0, b) + mean(img, 1, 1, b)) / 2;
        double black = (mean(img, 1, 0, b) + mean(img, 0, 1, b)) / 2;
        double contrast = white - black;
        if (contrast < 100) {
            return OptionalInt.empty();
        }
        int number = 0;
        for (int i = 2; i < BLOCKS; i++) {
            double top = mean(img, i, 0, b);
            double bottom = mean(img, i, 1, b);
            if (Math.abs(top - bottom) < contrast / 2) {
                return OptionalInt.empty();
            }
            number = number << 1 | (top > bottom ? 1 : 0);
        }
        return OptionalInt.of(number);
    }

    /** Mean of the inner half of a block, away from edges that coding blurs. */
    private static double mean(Yuv420Image img, int column, int row, int b) {
        return img.meanLuma(column * b + b / 4, row * b + b / 4, b / 2, b / 2);
    }
}
