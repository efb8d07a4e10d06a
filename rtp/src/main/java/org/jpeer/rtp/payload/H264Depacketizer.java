package org.jpeer.rtp.payload;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.jpeer.rtp.InvalidPacketException;

/**
 * Reassembles H.264 access units (RFC 6184, packetization-mode 0 and 1): single NAL unit packets,
 * STAP-A aggregates and FU-A fragments of one timestamp up to the marker, with no sequence number
 * missing, become one Annex-B access unit with 4-byte start codes, the form decoders, ffmpeg and
 * {@code .h264} files take. A frame with an IDR slice is a keyframe; its SPS gives the picture size.
 *
 * <pre>{@code
 * Depacketizer h264 = new H264Depacketizer();
 * for (EncodedFrame au : h264.push(packet)) {
 *     decoder.decode(au.data());
 * }
 * }</pre>
 *
 * <p>Interleaved mode (STAP-B, MTAP, FU-B) is refused and its packets are counted as discarded.
 */
public final class H264Depacketizer extends TimestampFrameAssembler {

    @Override
    boolean validate(byte[] p) throws InvalidPacketException {
        if (p.length == 0) {
            throw new InvalidPacketException("H.264: empty payload");
        }
        if ((p[0] & 0x80) != 0) {
            throw new InvalidPacketException("H.264: forbidden_zero_bit set");
        }
        int type = H264Nal.type(p[0]);
        if (type >= 1 && type <= 23) {
            return beginsAccessUnit(type);
        } else if (type == H264Nal.STAP_A) {
            return validateStapA(p);
        } else if (type == H264Nal.FU_A) {
            return validateFuA(p);
        }
        throw new InvalidPacketException("H.264: NAL unit type " + type + " is not allowed in packetization-mode 0 or 1");
    }

    /** Only an access unit delimiter or an SPS is sure to be the first NAL unit of an access unit. */
    private static boolean beginsAccessUnit(int nalType) {
        return nalType == H264Nal.AUD || nalType == H264Nal.SPS;
    }

    private static boolean validateStapA(byte[] p) throws InvalidPacketException {
        if (p.length < 4) {
            throw new InvalidPacketException("H.264 STAP-A: no aggregated NAL unit");
        }
        for (int i = 1; i < p.length; ) {
            if (p.length - i < 2) {
                throw new InvalidPacketException("H.264 STAP-A: truncated NAL unit size at byte " + i);
            }
            int size = (p[i] & 0xFF) << 8 | (p[i + 1] & 0xFF);
            if (size == 0 || size > p.length - i - 2) {
                throw new InvalidPacketException("H.264 STAP-A: NAL unit size " + size + " at byte " + i
                        + " exceeds the payload");
            }
            int inner = H264Nal.type(p[i + 2]);
            if (inner == 0 || inner > 23) {
                throw new InvalidPacketException("H.264 STAP-A: aggregated NAL unit type " + inner);
            }
            i += 2 + size;
        }
        return beginsAccessUnit(H264Nal.type(p[3]));
    }

    private static boolean validateFuA(byte[] p) throws InvalidPacketException {
        if (p.length < 3) {
            throw new InvalidPacketException("H.264 FU-A: " + p.length + " bytes leave no fragment");
        }
        boolean start = (p[1] & 0x80) != 0;
        boolean end = (p[1] & 0x40) != 0;
        int inner = H264Nal.type(p[1]);
        if (start && end) {
            throw new InvalidPacketException("H.264 FU-A: start and end bits both set");
        }
        if (inner == 0 || inner > 23) {
            throw new InvalidPacketException("H.264 FU-A: fragmented NAL unit type " + inner);
        }
        return start && beginsAccessUnit(inner);
    }

    @Override
    EncodedFrame assemble(List<ByteBuffer> payloads, long rtpTimestamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean inFragment = false;
        for (ByteBuffer p : payloads) {
            int type = H264Nal.type(p.get(0));
            if (type == H264Nal.STAP_A) {
                inFragment = false;
                for (int i = 1; i < p.limit(); ) {
                    int size = p.getShort(i) & 0xFFFF;
                    AnnexB.startCode(out);
                    write(out, p, i + 2, size);
                    i += 2 + size;
                }
            } else if (type == H264Nal.FU_A) {
                byte fuHeader = p.get(1);
                if ((fuHeader & 0x80) != 0) {
                    AnnexB.startCode(out);
                    out.write(p.get(0) & 0xE0 | fuHeader & 0x1F);
                    inFragment = true;
                }
                // A fragment without its start is useless to a decoder; validation cannot see that, assembly can.
                if (inFragment) {
                    write(out, p, 2, p.limit() - 2);
                }
                inFragment &= (fuHeader & 0x40) == 0;
            } else {
                inFragment = false;
                AnnexB.startCode(out);
                write(out, p, 0, p.limit());
            }
        }
        return H264AccessUnit.describe(out.toByteArray(), rtpTimestamp);
    }

    private static void write(ByteArrayOutputStream out, ByteBuffer p, int from, int length) {
        byte[] b = new byte[length];
        p.get(from, b);
        out.writeBytes(b);
    }
}
