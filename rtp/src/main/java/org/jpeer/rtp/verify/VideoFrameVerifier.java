package org.jpeer.rtp.verify;

import org.jpeer.rtp.media.Yuv420Image;
import org.jpeer.rtp.payload.EncodedFrame;

/**
 * What the video verifiers share: the counts, the frame-number order check and the two verdicts.
 * A codec's verifier parses and decodes one frame in {@link #check} and reports what it found.
 *
 * <pre>{@code
 * VideoFrameVerifier v = new Vp8FrameVerifier();     // or new H264FrameVerifier()
 * frames.forEach(v::accept);
 * v.verified(10);     // our test pattern: >= 10 numbered frames, in order, none corrupt
 * v.decodable(10);    // anyone's video: >= 10 frames, at least one decoded, none corrupt
 * }</pre>
 */
public abstract class VideoFrameVerifier {
    private final FrameNumberOrder order = new FrameNumberOrder();
    private long frames;
    private long decoded;
    private long undecodable;
    private long corrupt;
    private int width;
    private int height;

    public final void accept(EncodedFrame f) {
        accept(f.data());
    }

    /** Checks one whole frame (a VP8 frame, an Annex-B access unit). */
    public final void accept(byte[] frame) {
        frames++;
        check(frame);
    }

    /** Parses and, where it can, decodes one frame, reporting through the methods below. */
    protected abstract void check(byte[] frame);

    /** The frame's structure is invalid. */
    protected final void corruptFrame() {
        corrupt++;
    }

    /** The frame is valid but the decoder here cannot handle it. */
    protected final void undecodableFrame() {
        undecodable++;
    }

    /** The frame decoded to {@code picture}; its frame number, if drawn, is checked for order. */
    protected final void decodedFrame(Yuv420Image picture) {
        decoded++;
        order.check(picture);
    }

    /** The picture size the stream announced. */
    protected final void size(int newWidth, int newHeight) {
        width = newWidth;
        height = newHeight;
    }

    /** At least {@code minFrames} numbered frames decoded, numbers strictly increasing, nothing corrupt. */
    public boolean verified(int minFrames) {
        return order.numbered() >= minFrames && order.outOfOrder() == 0 && corrupt == 0;
    }

    /** At least {@code minFrames} frames seen, at least one decoded, nothing corrupt. */
    public boolean decodable(int minFrames) {
        return frames >= minFrames && decoded > 0 && corrupt == 0;
    }

    /** Frames seen. */
    public long frames() {
        return frames;
    }

    /** Frames decoded to pictures. */
    public long decoded() {
        return decoded;
    }

    /** Valid frames that the decoder here cannot handle. */
    public long undecodable() {
        return undecodable;
    }

    /** Frames whose structure is invalid. */
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

    /** The last announced width, 0 before one. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The codec-specific counts for {@link #toString()}, such as {@code "keyframes=3"}. */
    protected abstract String details();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[frames=" + frames + ", " + details() + ", decoded=" + decoded
                + ", numbered=" + numbered() + ", outOfOrder=" + outOfOrder() + ", corrupt=" + corrupt
                + ", undecodable=" + undecodable + ", size=" + width + "x" + height + "]";
    }
}
