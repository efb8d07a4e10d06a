package org.jpeer.rtp.verify;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.jcodec.codecs.vpx.VPXBooleanDecoder;
import org.jcodec.codecs.vpx.VPXBooleanEncoder;
import org.jcodec.codecs.vpx.VPXConst;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.payload.Vp8FrameHeader;

/**
 * Rewrites a VP8 keyframe that has {@code mb_no_coeff_skip = 0} into the equivalent frame with
 * {@code mb_no_coeff_skip = 1} and every macroblock's skip flag 0.
 *
 * <p>Why: jcodec's encoder writes the first form and jcodec's decoder accepts only the second, so
 * without this our own frames could not be decoded on the JVM. Both forms carry the same
 * coefficients; only the first partition changes. The partition is read with a boolean decoder
 * and written again bit for bit with the same probabilities (RFC 6386 sections 9.2-9.11 and 19.2
 * give the field order), inserting the skip probability and the per-macroblock flags. The token
 * partitions are copied unchanged. Frames whose macroblocks use B_PRED are not handled (jcodec
 * never makes them, and libvpx frames already have the flag set).
 */
final class Vp8SkipFlagRewriter {

    /** A skip flag of 0 with probability 255/256 costs almost nothing to code. */
    private static final int PROB_SKIP_FALSE = 255;

    private final VPXBooleanDecoder in;
    private final VPXBooleanEncoder out;
    private final ByteBuffer outBuffer;

    private Vp8SkipFlagRewriter(ByteBuffer partition, int capacity) {
        in = new VPXBooleanDecoder(partition, 0);
        outBuffer = ByteBuffer.allocate(capacity);
        out = new VPXBooleanEncoder(outBuffer);
    }

    /**
     * The frame with skip flags, the frame itself when it already has them, or empty when it uses
     * a feature this rewriter does not handle.
     */
    static Optional<byte[]> rewrite(byte[] frame) throws InvalidPacketException {
        Vp8FrameHeader h = Vp8FrameHeader.parse(frame, 0, frame.length);
        if (!h.keyframe()) {
            return Optional.empty();
        }
        int start = Vp8FrameHeader.KEYFRAME_HEADER;
        int size = h.firstPartitionSize();
        int macroblocks = ((h.width() + 15) / 16) * ((h.height() + 15) / 16);
        Vp8SkipFlagRewriter r = new Vp8SkipFlagRewriter(ByteBuffer.wrap(frame, start, size).slice(),
                size + macroblocks / 8 + 64);
        Optional<Boolean> rewritten = r.copyHeaderAndModes(macroblocks);
        if (rewritten.isEmpty()) {
            return Optional.empty();
        }
        if (!rewritten.get()) {
            return Optional.of(frame);
        }
        r.out.stop();
        int newSize = r.outBuffer.position();
        byte[] result = new byte[frame.length - size + newSize];
        int tag = (frame[0] & 0x1F) | newSize << 5;
        result[0] = (byte) tag;
        result[1] = (byte) (tag >>> 8);
        result[2] = (byte) (tag >>> 16);
        System.arraycopy(frame, 3, result, 3, start - 3);
        System.arraycopy(r.outBuffer.array(), 0, result, start, newSize);
        System.arraycopy(frame, start + size, result, start + newSize, frame.length - start - size);
        return Optional.of(result);
    }

    /** Copies the frame header; returns false if it already has skip flags, empty if unsupported. */
    private Optional<Boolean> copyHeaderAndModes(int macroblocks) {
        literal(2); // color space, clamping type
        boolean updateSegmentMap = false;
        int[] segmentProbs = {255, 255, 255};
        if (flag()) { // segmentation enabled
            updateSegmentMap = flag();
            boolean updateData = flag();
            if (updateData) {
                literal(1); // segment feature mode
                optionalSigned(4, 7); // quantizer per segment
                optionalSigned(4, 6); // loop filter level per segment
            }
            if (updateSegmentMap) {
                for (int i = 0; i < 3; i++) {
                    if (flag()) {
                        segmentProbs[i] = literal(8);
                    }
                }
            }
        }
        literal(1 + 6 + 3); // filter type, loop filter level, sharpness
        if (flag() && flag()) { // loop filter deltas enabled, and updated
            optionalSigned(8, 6);
        }
        literal(2); // log2 of token partitions
        literal(7); // y_ac_qi
        optionalSigned(5, 4); // quantizer deltas
        literal(1); // refresh entropy probs
        int[][][][] update = VPXConst.tokenProbUpdateFlagProbs;
        for (int[][][] a : update) {
            for (int[][] b : a) {
                for (int[] c : b) {
                    for (int prob : c) {
                        if (bit(prob) == 1) {
                            literal(8);
                        }
                    }
                }
            }
        }
        if (in.readBit(128) == 1) {
            return Optional.of(false);
        }
        out.writeBit(128, 1);
        writeLiteral(PROB_SKIP_FALSE, 8);
        for (int mb = 0; mb < macroblocks; mb++) {
            if (updateSegmentMap) {
                bit(bit(segmentProbs[0]) == 0 ? segmentProbs[1] : segmentProbs[2]); // segment id tree
            }
            out.writeBit(PROB_SKIP_FALSE, 0);
            if (bit(145) == 0) {
                return Optional.empty(); // B_PRED: sub-block modes need context tracking
            }
            if (bit(156) == 0) {
                bit(163);
            } else {
                bit(128);
            }
            if (bit(142) == 1 && bit(114) == 1) { // uv mode tree
                bit(183);
            }
        }
        return Optional.of(true);
    }

    private int bit(int prob) {
        int b = in.readBit(prob);
        out.writeBit(prob, b);
        return b;
    }

    private boolean flag() {
        return bit(128) == 1;
    }

    private int literal(int bits) {
        int v = 0;
        for (int i = 0; i < bits; i++) {
            v = v << 1 | bit(128);
        }
        return v;
    }

    private void writeLiteral(int value, int bits) {
        for (int i = bits - 1; i >= 0; i--) {
            out.writeBit(128, (value >>> i) & 1);
        }
    }

    /** {@code count} times: a flag, and when set a magnitude of {@code bits} bits and a sign. */
    private void optionalSigned(int count, int bits) {
        for (int i = 0; i < count; i++) {
            if (flag()) {
                literal(bits + 1);
            }
        }
    }
}
