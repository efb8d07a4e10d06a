package org.jpeer.rtp.media;

import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.H264AccessUnit;

/**
 * A live H.264 test pattern: each access unit shows moving content and its own frame number (see
 * {@link FrameNumberCode}), in Annex-B form with SPS and PPS in front of every IDR. Frames after
 * the first are P-frames until {@link #requestKeyframe} or the encoder's keyframe interval.
 * 320x240 at 30 fps by default; the stream matches {@code profile-level-id=42e01f}.
 *
 * <pre>{@code
 * MediaSource video = new H264PatternSource(320, 240, 30);
 * EncodedFrame idr = video.next();     // keyframe, rtpTimestamp 0
 * EncodedFrame p = video.next();       // P-frame, rtpTimestamp 3000
 * video.requestKeyframe();             // on PLI: the next one is an IDR again
 * }</pre>
 */
public final class H264PatternSource implements MediaSource {

    public static final int CLOCK_RATE = 90_000;

    private final int fps;
    private final InterFrameEncoder encoder;
    private final Yuv420Image canvas;
    private int frameNumber;

    public H264PatternSource() {
        this(320, 240, 30);
    }

    public H264PatternSource(int width, int height, int fps) {
        this(width, height, fps, new JcodecH264Encoder());
    }

    /**
     * @throws IllegalArgumentException when fps is outside 1..240 or a side outside 16..4096
     */
    public H264PatternSource(int width, int height, int fps, InterFrameEncoder encoder) {
        if (fps <= 0 || fps > 240) {
            throw new IllegalArgumentException("fps " + fps + " outside 1..240");
        }
        if (width < 16 || height < 16 || width > 4096 || height > 4096) {
            throw new IllegalArgumentException("picture size " + width + "x" + height + " outside 16x16..4096x4096");
        }
        this.fps = fps;
        this.encoder = encoder;
        this.canvas = Yuv420Image.blank(width, height);
    }

    @Override
    public EncodedFrame next() {
        int n = frameNumber++;
        TestPattern.draw(canvas, n);
        long timestamp = (long) n * CLOCK_RATE / fps;
        return H264AccessUnit.describe(encoder.encode(canvas), timestamp & 0xFFFFFFFFL);
    }

    @Override
    public void requestKeyframe() {
        encoder.requestKeyframe();
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
