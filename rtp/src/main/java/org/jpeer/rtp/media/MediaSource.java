package org.jpeer.rtp.media;

import org.jpeer.rtp.payload.EncodedFrame;

/**
 * A live source of encoded frames, pulled once per {@link #frameDurationMicros()} by whoever
 * paces sending. Timestamps count from 0 in {@link #clockRate()} units. Not thread-safe.
 *
 * <pre>{@code
 * MediaSource tone = new OpusToneSource(440);
 * EncodedFrame f = tone.next();            // 20 ms of Opus, rtpTimestamp 0, then 960, 1920, ...
 * }</pre>
 */
public interface MediaSource {

    /** Encodes and returns the next frame. */
    EncodedFrame next();

    /** The RTP clock rate of the timestamps: 48000 for Opus, 90000 for video. */
    int clockRate();

    /** How much media one frame holds. */
    long frameDurationMicros();

    /** Asks for the next frame to be a keyframe (on PLI/FIR); sources that only make keyframes ignore it. */
    default void requestKeyframe() {
    }
}
