package org.jpeer.rtp.verify;

import org.jpeer.rtp.InvalidPacketException;
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
public final class Vp8FrameVerifier extends VideoFrameVerifier {

    private final Vp8KeyframeDecoder decoder = new Vp8KeyframeDecoder();
    private long keyframes;

    @Override
    protected void check(byte[] frame) {
        Vp8FrameHeader header;
        try {
            header = Vp8FrameHeader.parse(frame, 0, frame.length);
        } catch (InvalidPacketException e) {
            corruptFrame();
            return;
        }
        if (!header.keyframe()) {
            return;
        }
        keyframes++;
        size(header.width(), header.height());
        Vp8KeyframeDecoder.Result r = decoder.decode(frame);
        if (r.picture() != null) {
            decodedFrame(r.picture());
        } else if (r.failure() == Vp8KeyframeDecoder.Failure.CORRUPT) {
            corruptFrame();
        } else {
            undecodableFrame();
        }
    }

    /** Keyframes seen; only those are decoded (jcodec's VP8 decoder handles no inter frames). */
    public long keyframes() {
        return keyframes;
    }

    @Override
    protected String details() {
        return "keyframes=" + keyframes;
    }
}
