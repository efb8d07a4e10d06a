package org.jpeer.jsep;

import org.jpeer.jsep.negotiation.MediaKind;
import org.jpeer.jsep.negotiation.RTCRtpTransceiverDirection;
import org.jpeer.jsep.negotiation.TransceiverState;

/**
 * A sender and a receiver sharing one m-section (W3C {@code RTCRtpTransceiver}).
 *
 * <pre>{@code
 * RTCRtpTransceiver t = pc.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.RECVONLY);
 * t.mid();                // null until negotiated
 * t.currentDirection();   // what the last offer/answer agreed
 * }</pre>
 */
public final class RTCRtpTransceiver {
    private final int id;
    private final MediaKind kind;
    private final RTCRtpSender sender;
    private final RTCRtpReceiver receiver;
    private volatile TransceiverState state;

    RTCRtpTransceiver(TransceiverState state, RTCRtpSender sender, RTCRtpReceiver receiver) {
        this.id = state.id();
        this.kind = state.kind();
        this.state = state;
        this.sender = sender;
        this.receiver = receiver;
    }

    /** The m-section's mid, null before a description that carries it was applied. */
    public String mid() {
        return state.mid();
    }

    public MediaKind kind() {
        return kind;
    }

    public RTCRtpSender sender() {
        return sender;
    }

    public RTCRtpReceiver receiver() {
        return receiver;
    }

    /** The direction the application asked for. */
    public RTCRtpTransceiverDirection direction() {
        return state.direction();
    }

    /** The direction the last completed negotiation agreed, or null before one. */
    public RTCRtpTransceiverDirection currentDirection() {
        return state.currentDirection();
    }

    public boolean stopped() {
        return state.stopped();
    }

    int id() {
        return id;
    }

    void update(TransceiverState newState) {
        state = newState;
    }

    @Override
    public String toString() {
        return "RTCRtpTransceiver[" + kind.sdpName() + " mid=" + mid() + " " + direction().w3cName() + "]";
    }
}
