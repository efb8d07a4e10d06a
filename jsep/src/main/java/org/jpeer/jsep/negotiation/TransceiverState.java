package org.jpeer.jsep.negotiation;

import java.util.Objects;
import java.util.Optional;

/**
 * A transceiver as negotiation sees it (W3C {@code RTCRtpTransceiver}): an m-section's worth of
 * sending and receiving one kind of media. Immutable; {@link JsepSession} replaces it as it changes.
 *
 * <pre>{@code
 * TransceiverState t = session.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDRECV, Optional.of(sender));
 * t.mid();   // null until a description that carries it is applied
 * }</pre>
 *
 * @param id               a handle stable for the life of the session, in order of creation
 * @param kind             audio or video
 * @param mid              the m-section's mid, {@code null} until associated
 * @param direction        what the application wants; {@code STOPPED} once stopped
 * @param currentDirection the direction last negotiated from our side, {@code null} before any
 * @param sender           what we send, empty when there is no track
 * @param creator          how the transceiver came to be, which decides reuse and rollback
 * @param mLineIndex       the m-line it is associated with, -1 when none
 */
public record TransceiverState(int id, MediaKind kind, String mid, RTCRtpTransceiverDirection direction,
                               RTCRtpTransceiverDirection currentDirection, Optional<SenderInfo> sender,
                               Creator creator, int mLineIndex) {

    /** Where a transceiver came from (W3C: addTrack's transceivers may be matched to a remote offer's m-section). */
    public enum Creator {
        ADD_TRACK, ADD_TRANSCEIVER, REMOTE_OFFER
    }

    public TransceiverState {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(creator, "creator");
    }

    /** Whether {@code stop()} was called. */
    public boolean stopped() {
        return direction == RTCRtpTransceiverDirection.STOPPED;
    }

    TransceiverState withDirection(RTCRtpTransceiverDirection d) {
        return new TransceiverState(id, kind, mid, d, currentDirection, sender, creator, mLineIndex);
    }

    TransceiverState withCurrentDirection(RTCRtpTransceiverDirection d) {
        return new TransceiverState(id, kind, mid, direction, d, sender, creator, mLineIndex);
    }

    TransceiverState withSender(Optional<SenderInfo> s) {
        return new TransceiverState(id, kind, mid, direction, currentDirection, s, creator, mLineIndex);
    }

    TransceiverState associated(String newMid, int newMLineIndex) {
        return new TransceiverState(id, kind, newMid, direction, currentDirection, sender, creator, newMLineIndex);
    }
}
