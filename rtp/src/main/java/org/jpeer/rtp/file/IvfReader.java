package org.jpeer.rtp.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jpeer.rtp.payload.EncodedFrame;

/**
 * Reads an IVF file (VP8, VP9 or AV1): the 32-byte file header, then frames with a 12-byte header
 * each. Frame timestamps are converted from the file's time base to the 90 kHz RTP clock and
 * counted from the first frame; keyframes and their size are read from the codec's frame header.
 *
 * <pre>{@code
 * try (IvfReader ivf = IvfReader.open(Files.newInputStream(path))) {
 *     ivf.fourcc();                            // "VP80"
 *     for (EncodedFrame f; (f = ivf.next()) != null; ) {
 *         send(f);
 *     }
 * }
 * }</pre>
 */
public final class IvfReader implements AutoCloseable {

    /** Largest frame accepted: a bound on memory, far above any real frame. */
    static final int MAX_FRAME = 16 << 20;

    private final InputStream in;
    private final String fourcc;
    private final int width;
    private final int height;
    private final long rate;
    private final long scale;
    private final long length;
    private long firstTimestamp = Long.MIN_VALUE;

    private IvfReader(InputStream in, String fourcc, int width, int height, long rate, long scale, long length) {
        this.in = in;
        this.fourcc = fourcc;
        this.width = width;
        this.height = height;
        this.rate = rate;
        this.scale = scale;
        this.length = length;
    }

    /**
     * Reads the file header.
     *
     * @throws InvalidMediaFileException when it is not an IVF header
     */
    public static IvfReader open(InputStream in) throws IOException {
        ByteBuffer h = ByteBuffer.wrap(FileBytes.readFully(in, 32, "IVF file header")).order(ByteOrder.LITTLE_ENDIAN);
        if (h.getInt(0) != 0x46494B44) { // "DKIF" little-endian
            throw new InvalidMediaFileException("IVF: signature is not DKIF");
        }
        int headerSize = h.getShort(6) & 0xFFFF;
        if (headerSize < 32) {
            throw new InvalidMediaFileException("IVF: header size " + headerSize + " is below 32");
        }
        long rate = Integer.toUnsignedLong(h.getInt(16));
        long scale = Integer.toUnsignedLong(h.getInt(20));
        if (rate == 0 || scale == 0) {
            throw new InvalidMediaFileException("IVF: time base " + scale + "/" + rate + " has a zero term");
        }
        in.skipNBytes(headerSize - 32);
        String fourcc = new String(h.array(), 8, 4, StandardCharsets.US_ASCII);
        return new IvfReader(in, fourcc, h.getShort(12) & 0xFFFF, h.getShort(14) & 0xFFFF, rate, scale,
                Integer.toUnsignedLong(h.getInt(24)));
    }

    /**
     * The next frame, or null at the end of the file.
     *
     * @throws InvalidMediaFileException when a frame header is truncated or announces more than 16 MiB
     */
    public EncodedFrame next() throws IOException {
        byte[] header = in.readNBytes(12);
        if (header.length == 0) {
            return null;
        }
        if (header.length < 12) {
            throw new InvalidMediaFileException("IVF: frame header truncated to " + header.length + " bytes");
        }
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        long size = Integer.toUnsignedLong(h.getInt(0));
        if (size > MAX_FRAME) {
            throw new InvalidMediaFileException("IVF: frame size " + size + " exceeds " + MAX_FRAME);
        }
        long pts = h.getLong(4);
        byte[] data = FileBytes.readFully(in, (int) size, "IVF frame");
        if (firstTimestamp == Long.MIN_VALUE) {
            firstTimestamp = pts;
        }
        // Wrapping arithmetic: the RTP timestamp is 32 bits, so only the low bits of the product matter.
        long rtp = (pts - firstTimestamp) * scale * IvfWriter.CLOCK_RATE / rate;
        return IvfCodec.describe(fourcc, data, rtp & 0xFFFFFFFFL);
    }

    /** The codec: {@link IvfWriter#VP8}, {@link IvfWriter#VP9} or {@link IvfWriter#AV1}, or whatever the file says. */
    public String fourcc() {
        return fourcc;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The header's length field: a frame count for libvpx, a duration in time-base units for ffmpeg. */
    public long lengthField() {
        return length;
    }

    /** Time base as rate/scale: timestamps count units of scale/rate seconds. */
    public long timeBaseRate() {
        return rate;
    }

    public long timeBaseScale() {
        return scale;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
