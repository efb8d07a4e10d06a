package org.jpeer.rtp.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import org.jpeer.rtp.payload.EncodedFrame;

/**
 * Writes VP8 (or VP9/AV1) frames as an IVF file: a 32-byte file header and a 12-byte header per
 * frame, little-endian. The time base is the RTP clock (1/90000), so frame timestamps are the RTP
 * timestamps counted from the first frame, with 32-bit wrap unrolled. {@link #close} goes back
 * to fill in the header's length field, hence a seekable channel. ffmpeg reads that field as the
 * duration in time-base units and writes it as frame count times the mean frame interval, so we
 * write it the same way.
 *
 * <pre>{@code
 * try (IvfWriter ivf = new IvfWriter(Files.newByteChannel(path, CREATE, WRITE, TRUNCATE_EXISTING),
 *         IvfWriter.VP8, 320, 240)) {
 *     for (EncodedFrame f : frames) {
 *         ivf.write(f);
 *     }
 * }
 * }</pre>
 */
public final class IvfWriter implements AutoCloseable {

    public static final String VP8 = "VP80";
    public static final String VP9 = "VP90";
    public static final String AV1 = "AV01";
    static final int CLOCK_RATE = 90_000;

    private final SeekableByteChannel out;
    private final long start;
    private int frames;
    private long firstTimestamp = -1;
    private long lastTimestamp;
    private long unwrapped;

    /** Writes the file header at once. */
    public IvfWriter(SeekableByteChannel out, String fourcc, int width, int height) throws IOException {
        if (fourcc.length() != 4) {
            throw new IllegalArgumentException("fourcc '" + fourcc + "' is not 4 characters");
        }
        this.out = out;
        this.start = out.position();
        ByteBuffer h = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        h.put("DKIF".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0).putShort((short) 32)
                .put(fourcc.getBytes(StandardCharsets.US_ASCII)).putShort((short) width).putShort((short) height)
                .putInt(CLOCK_RATE).putInt(1).putInt(0).putInt(0);
        writeFully(h.flip());
    }

    public void write(EncodedFrame frame) throws IOException {
        long ts = frame.rtpTimestamp();
        if (firstTimestamp < 0) {
            firstTimestamp = ts;
            lastTimestamp = ts;
        }
        unwrapped += (int) (ts - lastTimestamp); // signed 32-bit step: survives the wrap
        lastTimestamp = ts;
        ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(frame.data().length).putLong(unwrapped);
        writeFully(h.flip());
        writeFully(ByteBuffer.wrap(frame.data()));
        frames++;
    }

    /** Fills in the length field and closes the channel. */
    @Override
    public void close() throws IOException {
        try (out) {
            long end = out.position();
            out.position(start + 24);
            long length = frames < 2 ? frames : unwrapped * frames / (frames - 1);
            writeFully(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) length).flip());
            out.position(end);
        }
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }
}
