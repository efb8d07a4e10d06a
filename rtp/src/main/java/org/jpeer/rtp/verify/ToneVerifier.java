package org.jpeer.rtp.verify;

import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;
import java.util.OptionalDouble;
import org.jpeer.rtp.payload.EncodedFrame;

/**
 * Proves that Opus audio arrived: decodes every frame (concentus, 48 kHz mono) and measures the
 * pitch of the loudest stretch of the most recent audio. Works for our {@code OpusToneSource} and
 * for any other Opus sender (Chrome's fake microphone beeps): {@link #decodedAudio()} says that
 * audible audio decoded, {@link #verified} that it had the expected pitch.
 *
 * <pre>{@code
 * ToneVerifier v = new ToneVerifier();
 * frames.forEach(v::accept);
 * if (v.verified(440, 5)) { ... }
 * }</pre>
 */
public final class ToneVerifier {

    static final int SAMPLE_RATE = 48_000;
    /** 16384 samples: 0.34 s of audio, 2.9 Hz FFT bins before interpolation. */
    static final int WINDOW = 1 << 14;
    /** Kept audio: the last 4 windows, about 1.4 s. */
    static final int HISTORY = 4 * WINDOW;
    private static final int MAX_FRAME_SAMPLES = 5760; // 120 ms, the longest Opus packet
    /** RMS below this (about -50 dBFS) counts as silence. */
    static final double SILENCE_RMS = 100;

    private final OpusDecoder decoder;
    private final short[] frame = new short[MAX_FRAME_SAMPLES];
    private final short[] history = new short[HISTORY];
    private int historyLength;
    private long framesDecoded;
    private long decodeErrors;
    private long samplesDecoded;

    public ToneVerifier() {
        try {
            decoder = new OpusDecoder(SAMPLE_RATE, 1);
        } catch (OpusException e) {
            throw new IllegalStateException("concentus rejected 48 kHz mono", e);
        }
    }

    public void accept(EncodedFrame f) {
        accept(f.data());
    }

    /** Decodes one Opus packet; a packet that fails to decode is counted, never thrown. */
    public void accept(byte[] opus) {
        int n;
        try {
            n = decoder.decode(opus, 0, opus.length, frame, 0, MAX_FRAME_SAMPLES, false);
        } catch (OpusException | RuntimeException e) {
            // concentus reports some malformed packets with runtime exceptions from its inner loops
            decodeErrors++;
            return;
        }
        framesDecoded++;
        samplesDecoded += n;
        append(n);
    }

    private void append(int n) {
        if (historyLength + n > HISTORY) {
            int drop = historyLength + n - HISTORY;
            System.arraycopy(history, drop, history, 0, historyLength - drop);
            historyLength -= drop;
        }
        System.arraycopy(frame, 0, history, historyLength, n);
        historyLength += n;
    }

    /** The pitch of the loudest window of recent audio, empty until a window of audible audio arrived. */
    public OptionalDouble pitchHz() {
        if (historyLength < WINDOW) {
            return OptionalDouble.empty();
        }
        int best = -1;
        double bestRms = SILENCE_RMS;
        for (int off = 0; off + WINDOW <= historyLength; off += WINDOW / 4) {
            double rms = rms(off, WINDOW);
            if (rms > bestRms) {
                bestRms = rms;
                best = off;
            }
        }
        return best < 0 ? OptionalDouble.empty()
                : OptionalDouble.of(PitchDetector.dominantFrequency(history, best, WINDOW, SAMPLE_RATE));
    }

    private double rms(int off, int n) {
        double sum = 0;
        for (int i = off; i < off + n; i++) {
            sum += (double) history[i] * history[i];
        }
        return Math.sqrt(sum / n);
    }

    /** Whether audible audio decoded and its pitch is within {@code toleranceHz} of {@code expectedHz}. */
    public boolean verified(double expectedHz, double toleranceHz) {
        OptionalDouble pitch = pitchHz();
        return pitch.isPresent() && Math.abs(pitch.getAsDouble() - expectedHz) <= toleranceHz;
    }

    /** Whether any audible audio decoded, whatever its content (media made by others). */
    public boolean decodedAudio() {
        return historyLength > 0 && rms(0, historyLength) > SILENCE_RMS / 4 || pitchHz().isPresent();
    }

    public long framesDecoded() {
        return framesDecoded;
    }

    public long decodeErrors() {
        return decodeErrors;
    }

    public long samplesDecoded() {
        return samplesDecoded;
    }

    @Override
    public String toString() {
        OptionalDouble p = pitchHz();
        return "ToneVerifier[frames=" + framesDecoded + ", errors=" + decodeErrors + ", pitch="
                + (p.isPresent() ? String.format("%.1f Hz", p.getAsDouble()) : "none") + "]";
    }
}
