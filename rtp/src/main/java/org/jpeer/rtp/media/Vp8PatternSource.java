package org.jpeer.rtp.media;

import org.jpeer.rtp.payload.EncodedFrame;

/**
 * A live VP8 test pattern: each frame shows moving content and its own frame number (see
 * {@link FrameNumberCode}), so a receiver can decode it and check that frames arrived complete
 * and in order. 320x240 at 30 fps by default.
 *
 * <pre>{@code
 * MediaSource video = new Vp8PatternSource(320, 240, 30);
 * EncodedFrame f = video.next();     // rtpTimestamp 0, 3000, 6000, ...
 * }</pre>
 */
public final class Vp8PatternSource implements MediaSource {

    public static final int CLOCK_RATE = 90_000;

    private final int fps;
    private final VideoEncoder encoder;
    private final Yuv420Image canvas;
    private int frameNumber;

    public Vp8PatternSource() {
        this(320, 240, 30);
    }

    public Vp8PatternSource(int width, int height, int fps) {
        this(width, height, fps, new JcodecVp8Encoder());
    }

    public Vp8PatternSource(int width, int height, int fps, VideoEncoder encoder) {
        if (fps <= 0 || fps > 240) {
            throw new IllegalArgumentException("fps " + fps + " outside 1..240");
        }
        if (width > 0x3FFF || height > 0x3FFF) {
            throw new IllegalArgumentException("VP8 pictures are at most 16383x16383, not " + width + "x" + height);
        }
        this.fps = fps;
        this.encoder = encoder;
        this.canvas = Yuv420Image.blank(width, height);
    }

    @Override
    public EncodedFrame next() {
        int n = frameNumber++;
        TestPattern.draw(canvas, n);
        byte[] data = encoder.encode(canvas);
        long timestamp = (long) n * CLOCK_RATE / fps;
        boolean key = (data[0] & 1) == 0; // the VP8 frame tag's P bit (RFC 6386 section 9.1)
        return new EncodedFrame(data, timestamp & 0xFFFFFFFFL, key, key ? canvas.width() : 0, key ? canvas.height() : 0);
    }

    /** Frames made so far; the next frame carries this number. */
    public int frameCount() {
        return frameNumber;
    }

    @Override
    public int clockRate() {
        return CLOCK_RATE;
    }

    @Override
    public long frameDurationMicros() {
        return 1_000_000L / fps;
    }
}
