package org.jpeer.rtp.verify;

import java.nio.ByteBuffer;
import java.util.List;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.common.model.Picture;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.media.JcodecPictures;
import org.jpeer.rtp.payload.AnnexB;
import org.jpeer.rtp.payload.EncodedFrame;
import org.jpeer.rtp.payload.H264AccessUnit;
import org.jpeer.rtp.payload.H264Nal;
import org.jpeer.rtp.payload.H264Sps;

/**
 * Proves that H.264 video arrived: counts access units and IDRs, reads the picture size and
 * {@code profile-level-id} from each SPS, decodes every access unit from the first IDR on with
 * jcodec's decoder, and reads back the frame number our {@code H264PatternSource} draws, checking
 * that numbers only increase. Video from other encoders (CABAC, several slices) may not decode
 * here; {@link #decodable} and the counts are then the test.
 *
 * <pre>{@code
 * H264FrameVerifier v = new H264FrameVerifier();
 * frames.forEach(v::accept);
 * if (v.verified(10)) { ... }       // >= 10 numbered frames, in order, none corrupt
 * }</pre>
 */
public final class H264FrameVerifier {

    private static final int MAX_SIDE = 4096;

    private final H264Decoder decoder = new H264Decoder();
    private final FrameNumberOrder order = new FrameNumberOrder();
    private long accessUnits;
    private long idrs;
    private long decoded;
    private long undecodable;
    private long corrupt;
    private int width;
    private int height;
    private String profileLevelId = "";
    private byte[][] planes;

    public void accept(EncodedFrame f) {
        accept(f.data());
    }

    /** Checks one Annex-B access unit. */
    public void accept(byte[] accessUnit) {
        accessUnits++;
        List<byte[]> nals = AnnexB.split(accessUnit);
        if (nals.isEmpty() || !hasSlice(nals)) {
            corrupt++;
            return;
        }
        for (byte[] nal : nals) {
            if (H264Nal.type(nal[0]) == H264Nal.SPS && !readSps(nal)) {
                return;
            }
        }
        boolean idr = H264AccessUnit.contains(nals, H264Nal.IDR);
        if (idr) {
            idrs++;
        }
        if (planes == null || idrs == 0) {
            return; // nothing to predict from yet
        }
        decode(accessUnit);
    }

    private static boolean hasSlice(List<byte[]> nals) {
        return H264AccessUnit.contains(nals, H264Nal.IDR) || H264AccessUnit.contains(nals, H264Nal.SLICE);
    }

    private boolean readSps(byte[] nal) {
        try {
            H264Sps sps = H264Sps.parse(nal);
            if (sps.width() == 0 || sps.height() == 0 || sps.width() > MAX_SIDE || sps.height() > MAX_SIDE) {
                corrupt++;
                return false;
            }
            if (sps.width() != width || sps.height() != height) {
                width = sps.width();
                height = sps.height();
                int w = (width + 15) & ~15;
                int h = (height + 15) & ~15;
                planes = new byte[][] {new byte[w * h], new byte[w * h / 4], new byte[w * h / 4]};
            }
            profileLevelId = sps.profileLevelId();
            return true;
        } catch (InvalidPacketException e) {
            corrupt++;
            return false;
        }
    }

    private void decode(byte[] accessUnit) {
        Picture picture;
        try {
            picture = decoder.decodeFrame(ByteBuffer.wrap(accessUnit), planes);
        } catch (RuntimeException e) {
            // jcodec signals bitstreams it cannot follow with assorted runtime exceptions
            undecodable++;
            return;
        }
        if (picture == null) {
            undecodable++;
            return;
        }
        decoded++;
        order.check(JcodecPictures.luma(picture, width, height));
    }

    /** At least {@code minFrames} numbered frames decoded, numbers strictly increasing, nothing corrupt. */
    public boolean verified(int minFrames) {
        return order.numbered() >= minFrames && order.outOfOrder() == 0 && corrupt == 0;
    }

    /** At least {@code minFrames} access units with slices, at least one IDR decoded, nothing corrupt. */
    public boolean decodable(int minFrames) {
        return accessUnits >= minFrames && decoded > 0 && corrupt == 0;
    }

    public long accessUnits() {
        return accessUnits;
    }

    public long idrs() {
        return idrs;
    }

    /** Access units decoded to pictures. */
    public long decoded() {
        return decoded;
    }

    /** Access units with valid structure that jcodec's decoder cannot handle. */
    public long undecodable() {
        return undecodable;
    }

    /** Access units without slices, or with an SPS that does not parse or is out of range. */
    public long corrupt() {
        return corrupt;
    }

    /** Decoded pictures whose frame number could be read. */
    public long numbered() {
        return order.numbered();
    }

    /** Frame numbers that did not increase. */
    public long outOfOrder() {
        return order.outOfOrder();
    }

    /** The last frame number read, or -1. */
    public int lastFrameNumber() {
        return order.lastNumber();
    }

    /** Width the last SPS announced, 0 before one. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The last SPS's {@code profile-level-id}, empty before one. */
    public String profileLevelId() {
        return profileLevelId;
    }

    @Override
    public String toString() {
        return "H264FrameVerifier[accessUnits=" + accessUnits + ", idrs=" + idrs + ", decoded=" + decoded
                + ", numbered=" + numbered() + ", outOfOrder=" + outOfOrder() + ", corrupt=" + corrupt
                + ", undecodable=" + undecodable + ", size=" + width + "x" + height + ", profile-level-id="
                + profileLevelId + "]";
    }
}
