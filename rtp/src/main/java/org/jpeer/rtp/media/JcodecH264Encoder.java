package org.jpeer.rtp.media;

import java.nio.ByteBuffer;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.encode.DumbRateControl;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rect;
import org.jcodec.common.model.Size;

/**
 * H.264 through jcodec's pure-Java encoder: Baseline with P-frames, one slice per picture, Annex-B
 * output with SPS and PPS in front of every IDR. The SPS announces Constrained Baseline level 3.1,
 * {@code profile-level-id=42e01f}, the profile every WebRTC stack offers; jcodec's own SPS says
 * level 4.0 without constraint flags, which answerers matching on profile-level-id would refuse.
 * Not thread-safe: the picture and output buffers are reused between frames.
 *
 * <pre>{@code
 * InterFrameEncoder h264 = new JcodecH264Encoder(90);    // an IDR at least every 90 frames
 * byte[] accessUnit = h264.encode(picture);
 * }</pre>
 */
public final class JcodecH264Encoder implements InterFrameEncoder {

    /** profile_idc 66 (Baseline), constraint_set0/1/2 (Constrained Baseline), level_idc 31. */
    public static final String PROFILE_LEVEL_ID = "42e01f";

    private final ConstrainedBaseline encoder;
    private final int keyframeInterval;
    private boolean keyframeRequested = true;
    private int sinceKeyframe;
    private Picture picture;
    private ByteBuffer out;

    /** An IDR every 300 frames (10 s at 30 fps) and on request. */
    public JcodecH264Encoder() {
        this(300);
    }

    /**
     * @param keyframeInterval frames from one IDR to the next unless one is requested sooner, 1..65536
     */
    public JcodecH264Encoder(int keyframeInterval) {
        if (keyframeInterval < 1 || keyframeInterval > 1 << 16) {
            throw new IllegalArgumentException("keyframeInterval " + keyframeInterval + " outside 1..65536");
        }
        this.keyframeInterval = keyframeInterval;
        encoder = new ConstrainedBaseline();
        // jcodec sizes frame_num in the SPS from the interval, so it must know it.
        encoder.setKeyInterval(keyframeInterval);
    }

    @Override
    public byte[] encode(Yuv420Image img) {
        if (picture == null || picture.getWidth() != img.width() || picture.getHeight() != img.height()) {
            picture = Picture.createCropped(macroblocks(img.width()), macroblocks(img.height()), ColorSpace.YUV420J,
                    new Rect(0, 0, img.width(), img.height()));
            out = ByteBuffer.allocate(encoder.estimateBufferSize(picture));
            keyframeRequested = true;
        }
        JcodecPictures.copy(img, picture);
        out.clear();
        // The interval is kept here: jcodec's own keyframe logic repeats the IDR after encodeIDRFrame.
        boolean idr = keyframeRequested || ++sinceKeyframe >= keyframeInterval;
        ByteBuffer frame = idr ? encoder.encodeIDRFrame(picture, out) : encoder.encodePFrame(picture, out);
        if (idr) {
            sinceKeyframe = 0;
            keyframeRequested = false;
        }
        byte[] data = new byte[frame.remaining()];
        frame.get(data);
        return data;
    }

    private static int macroblocks(int size) {
        return (size + 15) & ~15;
    }

    @Override
    public void requestKeyframe() {
        keyframeRequested = true;
    }

    /** jcodec's encoder with the SPS fields WebRTC peers negotiate on. */
    private static final class ConstrainedBaseline extends H264Encoder {

        ConstrainedBaseline() {
            super(new DumbRateControl());
        }

        @Override
        public SeqParameterSet initSPS(Size size) {
            SeqParameterSet sps = super.initSPS(size);
            sps.profileIdc = 66;
            sps.constraintSet0Flag = true;
            sps.constraintSet1Flag = true;
            sps.constraintSet2Flag = true;
            sps.levelIdc = 31;
            return sps;
        }
    }
}
