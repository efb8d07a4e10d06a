package org.jpeer.rtp.media;

/**
 * Encodes pictures into one video codec's frames. Keeps the codec library behind one seam, so a
 * better encoder (inter frames, rate control) can replace jcodec without touching sources.
 */
public interface VideoEncoder {

    /** Encodes one picture; the result is a whole frame in the codec's bitstream format. */
    byte[] encode(Yuv420Image picture);
}
