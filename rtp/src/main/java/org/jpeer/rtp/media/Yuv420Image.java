package org.jpeer.rtp.media;

/**
 * A picture in planar YUV 4:2:0 (I420), 8-bit samples stored as unsigned values in bytes. The
 * arrays are shared, not copied: an image is a mutable canvas owned by one producer.
 *
 * <pre>{@code
 * Yuv420Image img = Yuv420Image.blank(320, 240);
 * img.setLuma(10, 20, 255);
 * }</pre>
 */
public record Yuv420Image(int width, int height, byte[] y, byte[] u, byte[] v) {

    public Yuv420Image {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("picture size " + width + "x" + height + " must be positive");
        }
        if (y.length < width * height || u.length < chromaWidth(width) * chromaWidth(height)
                || v.length < u.length) {
            throw new IllegalArgumentException("planes too small for " + width + "x" + height);
        }
    }

    /** A mid-grey picture. */
    public static Yuv420Image blank(int width, int height) {
        int c = chromaWidth(width) * chromaWidth(height);
        Yuv420Image img = new Yuv420Image(width, height, new byte[width * height], new byte[c], new byte[c]);
        java.util.Arrays.fill(img.y, (byte) 128);
        java.util.Arrays.fill(img.u, (byte) 128);
        java.util.Arrays.fill(img.v, (byte) 128);
        return img;
    }

    static int chromaWidth(int lumaSize) {
        return (lumaSize + 1) / 2;
    }

    public int chromaWidth() {
        return chromaWidth(width);
    }

    public int luma(int x, int yy) {
        return y[yy * width + x] & 0xFF;
    }

    public void setLuma(int x, int yy, int value) {
        y[yy * width + x] = (byte) value;
    }

    /** Mean luma of a rectangle, clipped to the picture. */
    public double meanLuma(int x0, int y0, int w, int h) {
        long sum = 0;
        int n = 0;
        for (int yy = Math.max(0, y0); yy < Math.min(height, y0 + h); yy++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
                sum += luma(x, yy);
                n++;
            }
        }
        return n == 0 ? 0 : (double) sum / n;
    }
}
