package org.jpeer.rtp.file;

import java.io.IOException;
import java.io.OutputStream;
import org.jpeer.rtp.payload.AnnexB;
import org.jpeer.rtp.payload.EncodedFrame;

/**
 * Writes H.264 access units as a raw Annex-B byte stream ({@code .h264}), the format ffmpeg and
 * players read directly. The stream carries no timing: readers assume a frame rate (ffmpeg: 25,
 * or {@code -framerate}). Output starts at the first keyframe, since a decoder cannot use what comes before.
 *
 * <pre>{@code
 * try (AnnexBWriter h264 = new AnnexBWriter(Files.newOutputStream(path))) {
 *     frames.forEach(h264::write);
 * }
 * }</pre>
 */
public final class AnnexBWriter implements AutoCloseable {

    private final OutputStream out;
    private boolean started;
    private long written;

    public AnnexBWriter(OutputStream out) {
        this.out = out;
    }

    /** Appends one access unit (Annex-B, as {@code H264Depacketizer} and {@code H264PatternSource} make them). */
    public void write(EncodedFrame accessUnit) throws IOException {
        started |= accessUnit.keyframe();
        if (!started) {
            return;
        }
        // Re-framing normalises 3-byte start codes and stray leading bytes to one form.
        out.write(AnnexB.join(AnnexB.split(accessUnit.data())));
        written++;
    }

    /** Access units written (those before the first keyframe are skipped). */
    public long accessUnitsWritten() {
        return written;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
