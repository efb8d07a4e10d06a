package org.jpeer.rtp.media;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import java.util.Arrays;
import org.jpeer.rtp.payload.EncodedFrame;

/**
 * A pure sine tone encoded live as Opus (concentus): 48 kHz mono, 20 ms frames. A receiver can
 * prove the audio arrived by measuring the pitch, see {@code ToneVerifier}.
 *
 * <pre>{@code
 * MediaSource tone = new OpusToneSource(440);
 * EncodedFrame frame = tone.next();
 * }</pre>
 */
public final class OpusToneSource implements MediaSource {

    public static final int SAMPLE_RATE = 48_000;
    public static final int FRAME_SAMPLES = 960;
    static final int BITRATE = 32_000;
    /** Peak amplitude: about -10 dBFS, loud enough to measure, far from clipping. */
    static final double AMPLITUDE = 0.3 * Short.MAX_VALUE;

    private final double frequencyHz;
    private final OpusEncoder encoder;
    private final short[] pcm = new short[FRAME_SAMPLES];
    private final byte[] out = new byte[1275]; // the largest Opus frame (RFC 6716 section 3.2.1)
    private long samples;

    public OpusToneSource(double frequencyHz) {
        if (!(frequencyHz > 0 && frequencyHz < SAMPLE_RATE / 2.0)) {
            throw new IllegalArgumentException("tone frequency " + frequencyHz + " Hz outside (0, 24000)");
        }
        this.frequencyHz = frequencyHz;
        try {
            encoder = new OpusEncoder(SAMPLE_RATE, 1, OpusApplication.OPUS_APPLICATION_AUDIO);
        } catch (OpusException e) {
            throw new IllegalStateException("concentus rejected 48 kHz mono", e);
        }
        encoder.setBitrate(BITRATE);
    }

    @Override
    public EncodedFrame next() {
        long timestamp = samples;
        for (int i = 0; i < FRAME_SAMPLES; i++) {
            // The phase comes from the absolute sample index, so frames join without clicks.
            double phase = 2 * Math.PI * frequencyHz * ((samples + i) % SAMPLE_RATE) / SAMPLE_RATE;
            pcm[i] = (short) Math.round(AMPLITUDE * Math.sin(phase));
        }
        samples += FRAME_SAMPLES;
        try {
            int n = encoder.encode(pcm, 0, FRAME_SAMPLES, out, 0, out.length);
            return EncodedFrame.audio(Arrays.copyOf(out, n), timestamp & 0xFFFFFFFFL);
        } catch (OpusException e) {
            throw new IllegalStateException("Opus encoding failed", e);
        }
    }

    public double frequencyHz() {
        return frequencyHz;
    }

    @Override
    public int clockRate() {
        return SAMPLE_RATE;
    }

    @Override
    public long frameDurationMicros() {
        return 20_000;
    }
}
