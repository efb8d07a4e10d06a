package org.jpeer.rtp.payload;

import java.util.List;
import org.jpeer.rtp.InvalidPacketException;

/**
 * What the NAL units of one H.264 access unit say about it: whether it holds an IDR slice (a
 * keyframe) and, from its SPS, the picture size.
 *
 * <pre>{@code
 * EncodedFrame f = H264AccessUnit.describe(annexB, rtpTimestamp);
 * f.keyframe();     // an IDR slice is present
 * }</pre>
 */
public final class H264AccessUnit {

    private H264AccessUnit() {
    }

    /** A frame for an Annex-B access unit: keyframe when an IDR slice is present, size from its SPS if it has one. */
    public static EncodedFrame describe(byte[] annexB, long rtpTimestamp) {
        List<byte[]> nals = AnnexB.split(annexB);
        boolean idr = contains(nals, H264Nal.IDR);
        int width = 0;
        int height = 0;
        for (byte[] nal : nals) {
            if (H264Nal.type(nal[0]) == H264Nal.SPS) {
                try {
                    H264Sps sps = H264Sps.parse(nal);
                    width = sps.width();
                    height = sps.height();
                } catch (InvalidPacketException e) {
                    // A broken SPS leaves the size unknown; the decoder will report the frame.
                }
            }
        }
        return new EncodedFrame(annexB, rtpTimestamp, idr, idr ? width : 0, idr ? height : 0);
    }

    /** Whether any of {@code nals} has the NAL unit type {@code type}. */
    public static boolean contains(List<byte[]> nals, int type) {
        for (byte[] nal : nals) {
            if (H264Nal.type(nal[0]) == type) {
                return true;
            }
        }
        return false;
    }
}
