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
 * t.setDirection(RTCRtpTransceiverDirection.INACTIVE);   // negotiation needed
 * t.stop();               // media stops now; the next offer gives the m-section port 0
 * }</pre>
 */
public final class RTCRtpTransceiver {

    /** The connection's side of the transceiver's methods. */
    interface Control {
        void setDirection(RTCRtpTransceiver transceiver, RTCRtpTransceiverDirection direction);

        void stop(RTCRtpTransceiver transceiver);
    }

    private final int id;
    private final MediaKind kind;
    private final RTCRtpSender sender;
    private final RTCRtpReceiver receiver;
    private final Control control;
    private volatile TransceiverState state;

    RTCRtpTransceiver(TransceiverState state, RTCRtpSender sender, RTCRtpReceiver receiver, Control control) {
        this.id = state.id();
        this.kind = state.kind();
        this.state = state;
        this.sender = sender;
        this.receiver = receiver;
        this.control = control;
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

    /** The direction the application asked for; {@code STOPPED} after {@link #stop()}. */
    public RTCRtpTransceiverDirection direction() {
        return state.direction();
    }

    /**
     * W3C {@code transceiver.direction = d}: takes effect with the next negotiation, which
     * {@code onnegotiationneeded} then asks for.
     *
     * @throws IllegalArgumentException for {@code STOPPED} (use {@link #stop()})
     * @throws org.jpeer.jsep.negotiation.InvalidStateException when stopped or the connection is closed
     */
    public void setDirection(RTCRtpTransceiverDirection direction) {
        control.setDirection(this, direction);
    }

    /**
     * The direction the last completed negotiation agreed, null before one, {@code STOPPED} once
     * a stop was negotiated.
     */
    public RTCRtpTransceiverDirection currentDirection() {
        return state.currentDirection();
    }

    /**
     * W3C {@code stop()}: sending and receiving end at once (the remote track ends); the next offer
     * or answer gives the m-section port 0 and the transceiver then leaves
     * {@code getTransceivers()}; a later transceiver may reuse the m-line. Idempotent.
     */
    public void stop() {
        control.stop(this);
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

    /** The session dropped it: the stop is negotiated (W3C "stopped", currentDirection too). */
    void markStopped() {
        TransceiverState s = state;
        state = new TransceiverState(s.id(), s.kind(), s.mid(), RTCRtpTransceiverDirection.STOPPED,
                RTCRtpTransceiverDirection.STOPPED, s.sender(), s.creator(), s.mLineIndex());
    }

    @Override
    public String toString() {
        return "RTCRtpTransceiver[" + kind.sdpName() + " mid=" + mid() + " " + direction().w3cName() + "]";
    }
}
