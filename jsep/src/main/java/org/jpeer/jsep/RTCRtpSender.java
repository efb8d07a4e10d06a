package org.jpeer.jsep;

import java.util.function.Consumer;
import org.jpeer.jsep.internal.ConnectionExecutor;
import org.jpeer.jsep.internal.OutboundStream;
import org.jpeer.rtp.payload.EncodedFrame;

/**
 * Sends one track's frames as RTP on its transceiver's m-section (W3C {@code RTCRtpSender}).
 * Frames written to the track before the connection is up are dropped: a live source just keeps
 * going, as a browser's camera does.
 *
 * <pre>{@code
 * RTCRtpSender sender = pc.addTrack(track);
 * sender.replaceTrack(otherTrack);   // no renegotiation needed for the same kind
 * }</pre>
 */
public final class RTCRtpSender {
    private final ConnectionExecutor executor;
    private final Consumer<EncodedFrame> frameListener = this::onFrame;
    private volatile MediaStreamTrack track;
    private OutboundStream outbound;
    /**
     * The last stream, kept while the direction does not send: resumed, it goes on with its
     * sequence numbers, as the receiver's SRTP replay check would drop a stream that started over.
     */
    private OutboundStream lastOutbound;

    RTCRtpSender(MediaStreamTrack track, ConnectionExecutor executor) {
        this.executor = executor;
        attach(track);
    }

    /** The track being sent, or null. */
    public MediaStreamTrack track() {
        return track;
    }

    /** Sends another track of the same kind (or none) without renegotiation. */
    public void replaceTrack(MediaStreamTrack newTrack) {
        MediaStreamTrack old = track;
        if (newTrack != null && old != null && newTrack.kind() != old.kind()) {
            throw new IllegalArgumentException("replaceTrack: a " + newTrack.kind().sdpName()
                    + " track cannot replace a " + old.kind().sdpName() + " track");
        }
        if (old != null) {
            old.removeFrameListener(frameListener);
        }
        attach(newTrack);
    }

    private void attach(MediaStreamTrack t) {
        track = t;
        if (t != null) {
            t.onFrame(frameListener);
        }
    }

    private void onFrame(EncodedFrame frame) {
        executor.post(() -> {
            if (outbound != null) {
                outbound.send(frame);
            }
        });
    }

    /** On the connection's executor, after each negotiation. */
    void setOutbound(OutboundStream stream) {
        outbound = stream;
        if (stream != null) {
            lastOutbound = stream;
        }
    }

    /** The stream to resume for this SSRC and payload type, or null when it must be made. */
    OutboundStream resumable(long ssrc, int payloadType) {
        OutboundStream last = lastOutbound;
        return last != null && last.ssrc() == ssrc && last.codec().payloadType() == payloadType ? last : null;
    }

    OutboundStream outbound() {
        return outbound;
    }

    /** A remote receiver asked for a keyframe (PLI/FIR): tell whoever feeds the track. */
    void keyframeRequested() {
        MediaStreamTrack t = track;
        if (t != null) {
            t.requestKeyframe();
        }
    }

    void close() {
        MediaStreamTrack t = track;
        if (t != null) {
            t.removeFrameListener(frameListener);
        }
        outbound = null;
        lastOutbound = null;
    }
}
