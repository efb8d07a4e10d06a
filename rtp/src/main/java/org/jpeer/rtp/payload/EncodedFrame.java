package org.jpeer.rtp.payload;

import java.util.Arrays;

/**
 * One encoded media frame: an Opus packet, or a whole VP8 frame, as a codec produced it or a
 * depacketizer assembled it.
 *
 * <pre>{@code
 * EncodedFrame f = EncodedFrame.audio(opusBytes, 960);
 * EncodedFrame v = new EncodedFrame(vp8Bytes, 3000, true, 320, 240);
 * }</pre>
 *
 * @param data         the frame, owned by this value
 * @param rtpTimestamp unsigned 32 bits in the stream's clock; sources count from 0, senders add their offset
 * @param keyframe     decodable on its own (always true for Opus)
 * @param width        picture width a video keyframe announces, else 0
 * @param height       picture height a video keyframe announces, else 0
 */
public record EncodedFrame(byte[] data, long rtpTimestamp, boolean keyframe, int width, int height) {

    public EncodedFrame {
        if (rtpTimestamp < 0 || rtpTimestamp > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("rtpTimestamp " + rtpTimestamp + " does not fit 32 unsigned bits");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
    }

    /** An audio frame: every Opus frame decodes on its own. */
    public static EncodedFrame audio(byte[] data, long rtpTimestamp) {
        return new EncodedFrame(data, rtpTimestamp, true, 0, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedFrame f && f.rtpTimestamp == rtpTimestamp && f.keyframe == keyframe
                && f.width == width && f.height == height && Arrays.equals(f.data, data);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(rtpTimestamp) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "EncodedFrame[" + data.length + " bytes, ts=" + rtpTimestamp + (keyframe ? ", key" : "")
                + (width > 0 ? ", " + width + "x" + height : "") + "]";
    }
}
