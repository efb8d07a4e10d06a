package org.jpeer.rtp.media;

/**
 * A {@link VideoEncoder} that predicts frames from earlier ones, so a receiver that lost a frame
 * needs a fresh keyframe; {@link #requestKeyframe} is how a PLI or FIR reaches it.
 *
 * <pre>{@code
 * InterFrameEncoder h264 = new JcodecH264Encoder();
 * byte[] idr = h264.encode(picture);     // the first frame is always a keyframe
 * h264.requestKeyframe();                // e.g. on PLI
 * }</pre>
 */
public interface InterFrameEncoder extends VideoEncoder {

    /** Makes the next encoded frame a keyframe. */
    void requestKeyframe();
}
