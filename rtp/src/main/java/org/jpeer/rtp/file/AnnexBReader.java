package org.jpeer.rtp.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jpeer.rtp.payload.AnnexB;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.H264AccessUnit;
import org.jpeer.rtp.payload.H264Nal;

/**
 * Reads a raw H.264 Annex-B stream ({@code .h264}) as access units, found by the rules of H.264
 * section 7.4.1.2.3: an access unit delimiter, SPS, PPS or SEI after a slice, or a slice with
 * first_mb_in_slice 0 after a slice, begins the next one. The stream has no timing, so
 * timestamps come from the given frame rate on the 90 kHz clock.
 *
 * <pre>{@code
 * try (AnnexBReader h264 = new AnnexBReader(Files.newInputStream(path), 30)) {
 *     for (EncodedFrame au; (au = h264.next()) != null; ) {
 *         send(au);                      // rtpTimestamp 0, 3000, 6000, ...
 *     }
 * }
 * }</pre>
 */
public final class AnnexBReader implements AutoCloseable {

    /** Bound on one NAL unit, so a stream without start codes cannot exhaust memory. */
    static final int MAX_NAL = 8 << 20;
    private static final int CHUNK = 64 << 10;

    private final InputStream in;
    private final int fps;
    private byte[] buffer = new byte[0];
    private int bufferStart;
    private boolean eof;
    private byte[] pendingNal;
    private long frames;

    /**
     * @param fps frame rate for timestamps, 1..240
     */
    public AnnexBReader(InputStream in, int fps) {
        if (fps < 1 || fps > 240) {
            throw new IllegalArgumentException("fps " + fps + " outside 1..240");
        }
        this.in = in;
        this.fps = fps;
    }

    /**
     * The next access unit, or null at the end of the stream.
     *
     * @throws InvalidMediaFileException when a NAL unit exceeds 8 MiB
     */
    public EncodedFrame next() throws IOException {
        List<byte[]> unit = new ArrayList<>();
        boolean sawSlice = false;
        for (byte[] nal = takeNal(); nal != null; nal = takeNal()) {
            if (sawSlice && beginsNext(nal)) {
                pendingNal = nal;
                break;
            }
            sawSlice |= isSlice(nal);
            unit.add(nal);
        }
        if (unit.isEmpty()) {
            return null;
        }
        long timestamp = frames++ * IvfWriter.CLOCK_RATE / fps;
        return H264AccessUnit.describe(AnnexB.join(unit), timestamp & 0xFFFFFFFFL);
    }

    private static boolean isSlice(byte[] nal) {
        int type = H264Nal.type(nal[0]);
        return type >= H264Nal.SLICE && type <= H264Nal.IDR;
    }

    private static boolean beginsNext(byte[] nal) {
        int type = H264Nal.type(nal[0]);
        if (isSlice(nal)) {
            return nal.length > 1 && (nal[1] & 0x80) != 0; // ue(v) first_mb_in_slice == 0 is the single bit 1
        }
        return type == H264Nal.AUD || type == H264Nal.SPS || type == H264Nal.PPS || type == H264Nal.SEI
                || type >= 14 && type <= 18;
    }

    private byte[] takeNal() throws IOException {
        if (pendingNal != null) {
            byte[] nal = pendingNal;
            pendingNal = null;
            return nal;
        }
        while (true) {
            int end = nextStartCode(bufferStart + 3);
            if (end >= 0 || eof) {
                int stop = end >= 0 ? end : buffer.length;
                byte[] chunk = Arrays.copyOfRange(buffer, bufferStart, stop);
                bufferStart = stop;
                List<byte[]> nals = AnnexB.split(chunk);
                if (!nals.isEmpty()) {
                    return nals.get(0);
                }
                if (end < 0) {
                    return null;
                }
                continue;
            }
            if (buffer.length - bufferStart > MAX_NAL) {
                throw new InvalidMediaFileException("Annex B: NAL unit longer than " + MAX_NAL + " bytes");
            }
            fill();
        }
    }

    /** Index of the next {@code 00 00 01} at or after {@code from} in the buffer, or -1. */
    private int nextStartCode(int from) {
        for (int i = Math.max(from, bufferStart); i + 2 < buffer.length; i++) {
            if (buffer[i] == 0 && buffer[i + 1] == 0 && buffer[i + 2] == 1) {
                return i;
            }
        }
        return -1;
    }

    private void fill() throws IOException {
        byte[] more = in.readNBytes(CHUNK);
        eof = more.length < CHUNK;
        byte[] joined = new byte[buffer.length - bufferStart + more.length];
        System.arraycopy(buffer, bufferStart, joined, 0, buffer.length - bufferStart);
        System.arraycopy(more, 0, joined, buffer.length - bufferStart, more.length);
        buffer = joined;
        bufferStart = 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
