package org.jpeer.jsep.negotiation;

/**
 * A call that is not allowed in the current state; the browser rejects with {@code InvalidStateError}.
 *
 * <pre>{@code
 * throw InvalidStateException.inState("setRemoteDescription(answer)", RTCSignalingState.STABLE);
 * // message: "setRemoteDescription(answer) is not allowed in signaling state 'stable'"
 * }</pre>
 */
public class InvalidStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidStateException(String message) {
        super(message);
    }

    /** The call named, refused because of the signaling state named. */
    public static InvalidStateException inState(String call, RTCSignalingState state) {
        return new InvalidStateException(call + " is not allowed in signaling state '" + state.w3cName() + "'");
    }
}
