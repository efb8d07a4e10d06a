package org.jpeer.jsep.negotiation;

import static org.jpeer.jsep.negotiation.RTCSignalingState.CLOSED;
import static org.jpeer.jsep.negotiation.RTCSignalingState.HAVE_LOCAL_OFFER;
import static org.jpeer.jsep.negotiation.RTCSignalingState.HAVE_LOCAL_PRANSWER;
import static org.jpeer.jsep.negotiation.RTCSignalingState.HAVE_REMOTE_OFFER;
import static org.jpeer.jsep.negotiation.RTCSignalingState.HAVE_REMOTE_PRANSWER;
import static org.jpeer.jsep.negotiation.RTCSignalingState.STABLE;

import java.util.Objects;

/**
 * The JSEP signaling state machine (RFC 9429 §3.2, W3C WebRTC §4.4.1.5): which description may be
 * set in which state, and where it leads.
 *
 * <p>Rollback is accepted from either side while an offer is pending ({@code have-local-offer},
 * {@code have-remote-offer}) and refused in {@code stable} and the pranswer states, as in the W3C rules. An offer arriving in
 * {@code have-local-offer} (glare) is refused rather than implicitly rolled back: the caller decides
 * which side yields and rolls back explicitly. Not thread-safe; owned by one connection's executor.
 *
 * <pre>{@code
 * SignalingStateMachine m = new SignalingStateMachine();
 * m.apply(Side.LOCAL, RTCSdpType.OFFER);     // have-local-offer
 * m.apply(Side.REMOTE, RTCSdpType.ANSWER);   // stable
 * }</pre>
 */
public final class SignalingStateMachine {

    /** Whether a description is set with {@code setLocalDescription} or {@code setRemoteDescription}. */
    public enum Side {
        LOCAL("setLocalDescription"), REMOTE("setRemoteDescription");

        private final String call;

        Side(String call) {
            this.call = call;
        }

        /** The API call that sets a description of this side. */
        public String call() {
            return call;
        }
    }

    private RTCSignalingState state = STABLE;

    public RTCSignalingState state() {
        return state;
    }

    /**
     * The state that setting a description of this type on this side leads to, from {@code from}.
     *
     * @throws InvalidStateException when the browser would reject the call with InvalidStateError
     */
    public static RTCSignalingState next(RTCSignalingState from, Side side, RTCSdpType type) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        RTCSignalingState to = type == RTCSdpType.ROLLBACK ? rollback(from) : switch (from) {
            case STABLE -> type == RTCSdpType.OFFER ? (side == Side.LOCAL ? HAVE_LOCAL_OFFER : HAVE_REMOTE_OFFER) : null;
            case HAVE_LOCAL_OFFER -> side == Side.LOCAL
                    ? localInHaveLocalOffer(type)
                    : remoteAfterLocalOffer(type);
            case HAVE_REMOTE_PRANSWER -> side == Side.REMOTE ? remoteAfterLocalOffer(type) : null;
            case HAVE_REMOTE_OFFER -> side == Side.REMOTE
                    ? remoteInHaveRemoteOffer(type)
                    : localAfterRemoteOffer(type);
            case HAVE_LOCAL_PRANSWER -> side == Side.LOCAL ? localAfterRemoteOffer(type) : null;
            case CLOSED -> null;
        };
        if (to == null) {
            throw InvalidStateException.inState(side.call() + "(" + type.w3cName() + ")", from);
        }
        return to;
    }

    private static RTCSignalingState rollback(RTCSignalingState from) {
        return from == HAVE_LOCAL_OFFER || from == HAVE_REMOTE_OFFER ? STABLE : null;
    }

    private static RTCSignalingState localInHaveLocalOffer(RTCSdpType type) {
        return type == RTCSdpType.OFFER ? HAVE_LOCAL_OFFER : null;
    }

    private static RTCSignalingState remoteAfterLocalOffer(RTCSdpType type) {
        return switch (type) {
            case ANSWER -> STABLE;
            case PRANSWER -> HAVE_REMOTE_PRANSWER;
            default -> null;
        };
    }

    private static RTCSignalingState remoteInHaveRemoteOffer(RTCSdpType type) {
        return type == RTCSdpType.OFFER ? HAVE_REMOTE_OFFER : null;
    }

    private static RTCSignalingState localAfterRemoteOffer(RTCSdpType type) {
        return switch (type) {
            case ANSWER -> STABLE;
            case PRANSWER -> HAVE_LOCAL_PRANSWER;
            default -> null;
        };
    }

    /** Checks a transition without making it; see {@link #next}. */
    public RTCSignalingState check(Side side, RTCSdpType type) {
        return next(state, side, type);
    }

    /** Makes the transition, or throws and stays where it was. */
    public RTCSignalingState apply(Side side, RTCSdpType type) {
        state = next(state, side, type);
        return state;
    }

    /** {@code createOffer} is allowed while no remote offer is pending. */
    public void checkCreateOffer() {
        if (state != STABLE && state != HAVE_LOCAL_OFFER) {
            throw InvalidStateException.inState("createOffer", state);
        }
    }

    /** {@code createAnswer} needs a remote offer. */
    public void checkCreateAnswer() {
        if (state != HAVE_REMOTE_OFFER && state != HAVE_LOCAL_PRANSWER) {
            throw InvalidStateException.inState("createAnswer", state);
        }
    }

    /** Fails any call in {@code closed}. */
    public void checkNotClosed(String call) {
        if (state == CLOSED) {
            throw InvalidStateException.inState(call, state);
        }
    }

    /** {@code close()}: final, every later call fails. */
    public void close() {
        state = CLOSED;
    }
}
