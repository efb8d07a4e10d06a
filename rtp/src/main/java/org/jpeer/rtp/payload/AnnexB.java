package org.jpeer.rtp.payload;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * H.264 byte-stream framing (ITU-T H.264 Annex B): NAL units separated by start codes
 * {@code 00 00 01} or {@code 00 00 00 01}. Encoders, decoders and {@code .h264} files use it; RTP
 * (RFC 6184) carries the NAL units without start codes.
 *
 * <pre>{@code
 * List<byte[]> nals = AnnexB.split(accessUnit);   // SPS, PPS, IDR slice ...
 * byte[] again = AnnexB.join(nals);               // 4-byte start codes
 * }</pre>
 */
public final class AnnexB {

    private static final byte[] START_CODE = {0, 0, 0, 1};

    private AnnexB() {
    }

    /**
     * The NAL units of a byte stream, without start codes. Bytes before the first start code are
     * ignored; trailing zero bytes of a NAL unit (which belong to the next start code or are
     * {@code trailing_zero_8bits}) are removed; empty units are skipped.
     */
    public static List<byte[]> split(byte[] stream) {
        List<byte[]> out = new ArrayList<>();
        int start = nextPayloadStart(stream, 0);
        while (start >= 0) {
            int next = nextPayloadStart(stream, start);
            int end = next < 0 ? stream.length : next - 3;
            while (end > start && stream[end - 1] == 0) {
                end--;
            }
            if (end > start) {
                out.add(Arrays.copyOfRange(stream, start, end));
            }
            start = next;
        }
        return out;
    }

    /** The index just after the next {@code 00 00 01} at or after {@code from}, or -1. */
    private static int nextPayloadStart(byte[] b, int from) {
        for (int i = from; i + 2 < b.length; i++) {
            if (b[i + 2] == 1 && b[i + 1] == 0 && b[i] == 0) {
                return i + 3;
            } else if (b[i + 2] != 0) {
                i += 2; // no start code can begin before i + 3 when b[i + 2] is neither 0 nor 1
            }
        }
        return -1;
    }

    /** A byte stream of the given NAL units, each after a 4-byte start code. */
    public static byte[] join(List<byte[]> nals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] nal : nals) {
            out.writeBytes(START_CODE);
            out.writeBytes(nal);
        }
        return out.toByteArray();
    }

    /** Appends a 4-byte start code. */
    static void startCode(ByteArrayOutputStream out) {
        out.writeBytes(START_CODE);
    }
}
