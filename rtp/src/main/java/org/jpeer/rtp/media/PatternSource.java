package org.jpeer.rtp.media;

import org.jpeer.rtp.payload.EncodedFrame;

/**
 * A live video test pattern in any codec: each frame shows moving content and its own frame
 * number (see {@link FrameNumberCode}), so a receiver can decode it and check that frames arrived
 * complete and in order. The codec is the {@link VideoEncoder} and a {@link FrameDescriber} that
 * reads keyframe and size from what it made; {@link Vp8PatternSource} and {@link H264PatternSource}
 * are the two we ship.
 *
 * <pre>{@code
 * MediaSource video = new PatternSource(320, 240, 30, new JcodecVp8Encoder(),
 *         (frame, timestamp, picture) -> new EncodedFrame(frame, timestamp, true, picture.width(), picture.height()));
 * EncodedFrame f = video.next();     // rtpTimestamp 0, 3000, 6000, ...
 * }</pre>
 */
public class PatternSource implements MediaSource {

    public static final int CLOCK_RATE = 90_000;
    private static final int MAX_FPS = 240;

    /** Describes an encoded frame: keyframe and, for keyframes, the picture size. */
    @FunctionalInterface
    public interface FrameDescriber {

        EncodedFrame describe(byte[] frame, long rtpTimestamp, Yuv420Image picture);
    }

    private final int fps;
    private final VideoEncoder encoder;
    private final FrameDescriber describer;
    private final Yuv420Image canvas;
    private int frameNumber;

    /**
     * @throws IllegalArgumentException when fps is outside 1..240
     */
    public PatternSource(int width, int height, int fps, VideoEncoder encoder, FrameDescriber describer) {
        if (fps <= 0 || fps > MAX_FPS) {
            throw new IllegalArgumentException("fps " + fps + " outside 1.." + MAX_FPS);
        }
        this.fps = fps;
        this.encoder = encoder;
        this.describer = describer;
        this.canvas = Yuv420Image.blank(width, height);
    }

    @Override
    public final EncodedFrame next() {
        int n = frameNumber++;
        TestPattern.draw(canvas, n);
        long timestamp = (long) n * CLOCK_RATE / fps;
        return describer.describe(encoder.encode(canvas), timestamp & 0xFFFFFFFFL, canvas);
    }

    /** Passes the request to an encoder that predicts frames; keyframe-only encoders need none. */
    @Override
    public final void requestKeyframe() {
        if (encoder instanceof InterFrameEncoder inter) {
            inter.requestKeyframe();
        }
    }

    /** Frames made so far; the next frame carries this number. */
    public final int frameCount() {
        return frameNumber;
    }

    @Override
    public final int clockRate() {
        return CLOCK_RATE;
    }

    @Override
    public final long frameDurationMicros() {
        return 1_000_000L / fps;
    }
}
