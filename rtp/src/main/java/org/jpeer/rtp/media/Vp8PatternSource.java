package org.jpeer.rtp.media;

import org.jpeer.rtp.payload.EncodedFrame;

/**
 * The VP8 test pattern (see {@link PatternSource}), 320x240 at 30 fps by default, encoded by
 * jcodec unless another encoder is given.
 *
 * <pre>{@code
 * MediaSource video = new Vp8PatternSource(320, 240, 30);
 * EncodedFrame f = video.next();     // rtpTimestamp 0, 3000, 6000, ...
 * }</pre>
 */
public final class Vp8PatternSource extends PatternSource {

    private static final int MAX_SIDE = 0x3FFF;

    public Vp8PatternSource() {
        this(320, 240, 30);
    }

    public Vp8PatternSource(int width, int height, int fps) {
        this(width, height, fps, new JcodecVp8Encoder());
    }

    /**
     * @throws IllegalArgumentException when fps is outside 1..240 or a side above 16383
     */
    public Vp8PatternSource(int width, int height, int fps, VideoEncoder encoder) {
        super(checkedWidth(width, height), height, fps, encoder, Vp8PatternSource::describe);
    }

    private static int checkedWidth(int width, int height) {
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("VP8 pictures are at most 16383x16383, not " + width + "x" + height);
        }
        return width;
    }

    private static EncodedFrame describe(byte[] data, long timestamp, Yuv420Image picture) {
        boolean key = (data[0] & 1) == 0; // the VP8 frame tag's P bit (RFC 6386 section 9.1)
        return new EncodedFrame(data, timestamp, key, key ? picture.width() : 0, key ? picture.height() : 0);
    }
}
