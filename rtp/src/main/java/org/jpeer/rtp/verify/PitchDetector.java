package org.jpeer.rtp.verify;

/**
 * Finds the dominant frequency of a block of PCM: a Hann-windowed radix-2 FFT, the strongest bin,
 * and parabolic interpolation between its neighbours for sub-bin precision (a 16384-point window
 * at 48 kHz has 2.9 Hz bins; the interpolated peak lands within a fraction of a hertz for a tone).
 */
final class PitchDetector {

    private PitchDetector() {
    }

    /**
     * The dominant frequency in Hz of {@code n} samples (a power of two) at {@code off}.
     */
    static double dominantFrequency(short[] pcm, int off, int n, int sampleRate) {
        if (Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("window " + n + " is not a power of two");
        }
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            re[i] = pcm[off + i] * hann;
        }
        fft(re, im);
        int best = 1;
        double bestPower = -1;
        double[] power = new double[n / 2];
        for (int k = 1; k < n / 2; k++) {
            power[k] = re[k] * re[k] + im[k] * im[k];
            if (power[k] > bestPower) {
                bestPower = power[k];
                best = k;
            }
        }
        double shift = 0;
        if (best > 1 && best < n / 2 - 1) {
            double a = Math.log(power[best - 1] + 1e-9);
            double b = Math.log(power[best] + 1e-9);
            double c = Math.log(power[best + 1] + 1e-9);
            double denominator = a - 2 * b + c;
            shift = denominator == 0 ? 0 : 0.5 * (a - c) / denominator;
        }
        return (best + shift) * sampleRate / n;
    }

    /** In-place iterative Cooley-Tukey FFT. */
    static void fft(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = -2 * Math.PI / len;
            double wr = Math.cos(angle);
            double wi = Math.sin(angle);
            for (int i = 0; i < n; i += len) {
                double cr = 1;
                double ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k;
                    int b = a + len / 2;
                    double xr = re[b] * cr - im[b] * ci;
                    double xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                    double nr = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = nr;
                }
            }
        }
    }
}
