package org.jpeer.rtp.verify;

import java.nio.ByteBuffer;
import java.util.List;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.common.model.Picture;
import org.jpeer.rtp.InvalidPacketException;
import org.jpeer.rtp.media.JcodecPictures;
import org.jpeer.rtp.payload.AnnexB;
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
public final class H264FrameVerifier extends VideoFrameVerifier {

    private static final int MAX_SIDE = 4096;

    private final H264Decoder decoder = new H264Decoder();
    private long idrs;
    private String profileLevelId = "";
    private byte[][] planes;

    /** Checks one Annex-B access unit. */
    @Override
    protected void check(byte[] accessUnit) {
        List<byte[]> nals = AnnexB.split(accessUnit);
        if (nals.isEmpty() || !hasSlice(nals)) {
            corruptFrame();
            return;
        }
        for (byte[] nal : nals) {
            if (H264Nal.type(nal[0]) == H264Nal.SPS && !readSps(nal)) {
                return;
            }
        }
        if (H264AccessUnit.contains(nals, H264Nal.IDR)) {
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
                corruptFrame();
                return false;
            }
            if (sps.width() != width() || sps.height() != height()) {
                size(sps.width(), sps.height());
                int w = (width() + 15) & ~15;
                int h = (height() + 15) & ~15;
                planes = new byte[][] {new byte[w * h], new byte[w * h / 4], new byte[w * h / 4]};
            }
            profileLevelId = sps.profileLevelId();
            return true;
        } catch (InvalidPacketException e) {
            corruptFrame();
            return false;
        }
    }

    private void decode(byte[] accessUnit) {
        Picture picture;
        try {
            picture = decoder.decodeFrame(ByteBuffer.wrap(accessUnit), planes);
        } catch (RuntimeException e) {
            // jcodec signals bitstreams it cannot follow with assorted runtime exceptions
            undecodableFrame();
            return;
        }
        if (picture == null) {
            undecodableFrame();
            return;
        }
        decodedFrame(JcodecPictures.luma(picture, width(), height()));
    }

    /** Access units with an IDR slice. */
    public long idrs() {
        return idrs;
    }

    /** The last SPS's {@code profile-level-id}, empty before one. */
    public String profileLevelId() {
        return profileLevelId;
    }

    @Override
    protected String details() {
        return "idrs=" + idrs + ", profile-level-id=" + profileLevelId;
    }
}
