package org.jpeer.rtp.media;

import org.jpeer.rtp.payload.H264AccessUnit;

/**
 * The H.264 test pattern (see {@link PatternSource}): access units in Annex-B form with SPS and
 * PPS in front of every IDR. Frames after the first are P-frames until {@link #requestKeyframe}
 * or the encoder's keyframe interval. 320x240 at 30 fps by default; the stream matches
 * {@code profile-level-id=42e01f}.
 *
 * <pre>{@code
 * MediaSource video = new H264PatternSource(320, 240, 30);
 * EncodedFrame idr = video.next();     // keyframe, rtpTimestamp 0
 * EncodedFrame p = video.next();       // P-frame, rtpTimestamp 3000
 * video.requestKeyframe();             // on PLI: the next one is an IDR again
 * }</pre>
 */
public final class H264PatternSource extends PatternSource {

    private static final int MIN_SIDE = 16;
    private static final int MAX_SIDE = 4096;

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
        super(checkedWidth(width, height), height, fps, encoder,
                (data, timestamp, picture) -> H264AccessUnit.describe(data, timestamp));
    }

    private static int checkedWidth(int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("picture size " + width + "x" + height + " outside 16x16..4096x4096");
        }
        return width;
    }
}
