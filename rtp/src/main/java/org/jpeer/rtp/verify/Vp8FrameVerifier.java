package org.jpeer.rtp.verify;

import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.Vp8FrameHeader;

/**
 * Proves that VP8 video arrived: parses every assembled frame's header, decodes keyframes (jcodec)
 * and reads back the frame number our {@code Vp8PatternSource} draws, checking that numbers only
 * increase. For video made by others (Chrome's fake camera) the number check simply finds no
 * numbers; {@link #decodable} is then the test.
 *
 * <pre>{@code
 * Vp8FrameVerifier v = new Vp8FrameVerifier();
 * frames.forEach(v::accept);
 * if (v.verified(10)) { ... }          // >= 10 numbered frames, in order, none corrupt
 * }</pre>
 */
public final class Vp8FrameVerifier {

    private final Vp8KeyframeDecoder decoder = new Vp8KeyframeDecoder();
    private final FrameNumberOrder order = new FrameNumberOrder();
    private long frames;
    private long keyframes;
    private long decoded;
    private long undecodable;
    private long corrupt;
    private int width;
    private int height;

    public void accept(EncodedFrame f) {
        accept(f.data());
    }

    /** Checks one whole VP8 frame. */
    public void accept(byte[] frame) {
        frames++;
        Vp8FrameHeader header;
        try {
            header = Vp8FrameHeader.parse(frame, 0, frame.length);
        } catch (InvalidPacketException e) {
            corrupt++;
            return;
        }
        if (!header.keyframe()) {
            return;
        }
        keyframes++;
        width = header.width();
        height = header.height();
        Vp8KeyframeDecoder.Result r = decoder.decode(frame);
        if (r.picture() == null) {
            if (r.failure() == Vp8KeyframeDecoder.Failure.CORRUPT) {
                corrupt++;
            } else {
                undecodable++;
            }
            return;
        }
        decoded++;
        order.check(r.picture());
    }

    /** At least {@code minFrames} numbered frames decoded, numbers strictly increasing, nothing corrupt. */
    public boolean verified(int minFrames) {
        return order.numbered() >= minFrames && order.outOfOrder() == 0 && corrupt == 0;
    }

    /** At least {@code minFrames} frames with valid headers, at least one keyframe decoded, nothing corrupt. */
    public boolean decodable(int minFrames) {
        return frames >= minFrames && decoded > 0 && corrupt == 0;
    }

    /** Frames seen. */
    public long frames() {
        return frames;
    }

    public long keyframes() {
        return keyframes;
    }

    /** Keyframes decoded to pictures. */
    public long decoded() {
        return decoded;
    }

    /** Keyframes with valid headers that jcodec's decoder cannot handle (e.g. several token partitions). */
    public long undecodable() {
        return undecodable;
    }

    /** Frames whose header is invalid. */
    public long corrupt() {
        return corrupt;
    }

    /** Decoded frames whose frame number could be read. */
    public long numbered() {
        return order.numbered();
    }

    /** Frame numbers that did not increase. */
    public long outOfOrder() {
        return order.outOfOrder();
    }

    /** The last frame number read, or -1. */
    public int lastFrameNumber() {
        return order.lastNumber();
    }

    /** Width the last keyframe announced, 0 before one. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public String toString() {
        return "Vp8FrameVerifier[frames=" + frames + ", keyframes=" + keyframes + ", decoded=" + decoded
                + ", numbered=" + numbered() + ", outOfOrder=" + outOfOrder() + ", corrupt=" + corrupt
                + ", undecodable=" + undecodable + ", size=" + width + "x" + height + "]";
    }
}
