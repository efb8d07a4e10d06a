package org.jpeer.jsep.negotiation;

import static org.jpeer.jsep.negotiation.RTCSdpType.ANSWER;
import static org.jpeer.jsep.negotiation.RTCSdpType.OFFER;
import static org.jpeer.jsep.negotiation.RTCSdpType.PRANSWER;
import static org.jpeer.jsep.negotiation.RTCSdpType.ROLLBACK;
import static org.jpeer.jsep.negotiation.RTCSignalingState.CLOSED;
import static org.jpeer.jsep.negotiation.RTCSignalingState.HAVE_LOCAL_OFFER;
import static org.jpeer.jsep.negotiation.RTCSignalingState.HAVE_LOCAL_PRANSWER;
import static org.jpeer.jsep.negotiation.RTCSignalingState.HAVE_REMOTE_OFFER;
import static org.jpeer.jsep.negotiation.RTCSignalingState.HAVE_REMOTE_PRANSWER;
import static org.jpeer.jsep.negotiation.RTCSignalingState.STABLE;
import static org.jpeer.jsep.negotiation.SignalingStateMachine.Side.LOCAL;
import static org.jpeer.jsep.negotiation.SignalingStateMachine.Side.REMOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.jpeer.jsep.negotiation.SignalingStateMachine.Side;
import org.junit.jupiter.api.Test;

class SignalingStateMachineTest {

    private record Move(RTCSignalingState from, Side side, RTCSdpType type) {
    }

    /** Every legal transition of RFC 9429 §3.2 and the W3C rollback rule; everything else is illegal. */
    private static final Map<Move, RTCSignalingState> LEGAL = new HashMap<>();

    static {
        LEGAL.put(new Move(STABLE, LOCAL, OFFER), HAVE_LOCAL_OFFER);
        LEGAL.put(new Move(STABLE, REMOTE, OFFER), HAVE_REMOTE_OFFER);
        LEGAL.put(new Move(HAVE_LOCAL_OFFER, LOCAL, OFFER), HAVE_LOCAL_OFFER);
        LEGAL.put(new Move(HAVE_LOCAL_OFFER, REMOTE, ANSWER), STABLE);
        LEGAL.put(new Move(HAVE_LOCAL_OFFER, REMOTE, PRANSWER), HAVE_REMOTE_PRANSWER);
        LEGAL.put(new Move(HAVE_LOCAL_OFFER, LOCAL, ROLLBACK), STABLE);
        LEGAL.put(new Move(HAVE_LOCAL_OFFER, REMOTE, ROLLBACK), STABLE);
        LEGAL.put(new Move(HAVE_REMOTE_PRANSWER, REMOTE, PRANSWER), HAVE_REMOTE_PRANSWER);
        LEGAL.put(new Move(HAVE_REMOTE_PRANSWER, REMOTE, ANSWER), STABLE);
        LEGAL.put(new Move(HAVE_REMOTE_OFFER, REMOTE, OFFER), HAVE_REMOTE_OFFER);
        LEGAL.put(new Move(HAVE_REMOTE_OFFER, LOCAL, ANSWER), STABLE);
        LEGAL.put(new Move(HAVE_REMOTE_OFFER, LOCAL, PRANSWER), HAVE_LOCAL_PRANSWER);
        LEGAL.put(new Move(HAVE_REMOTE_OFFER, LOCAL, ROLLBACK), STABLE);
        LEGAL.put(new Move(HAVE_REMOTE_OFFER, REMOTE, ROLLBACK), STABLE);
        LEGAL.put(new Move(HAVE_LOCAL_PRANSWER, LOCAL, PRANSWER), HAVE_LOCAL_PRANSWER);
        LEGAL.put(new Move(HAVE_LOCAL_PRANSWER, LOCAL, ANSWER), STABLE);
    }

    @Test
    void everyStateSideAndTypeIsLegalExactlyAsTheTableSays() {
        int checked = 0;
        for (RTCSignalingState from : RTCSignalingState.values()) {
            for (Side side : Side.values()) {
                for (RTCSdpType type : RTCSdpType.values()) {
                    Move move = new Move(from, side, type);
                    RTCSignalingState expected = LEGAL.get(move);
                    if (expected != null) {
                        assertEquals(expected, SignalingStateMachine.next(from, side, type), move.toString());
                    } else {
                        InvalidStateException e = assertThrows(InvalidStateException.class,
                                () -> SignalingStateMachine.next(from, side, type), move.toString());
                        assertEquals(side.call() + "(" + type.w3cName() + ") is not allowed in signaling state '"
                                + from.w3cName() + "'", e.getMessage());
                    }
                    checked++;
                }
            }
        }
        assertEquals(6 * 2 * 4, checked);
    }

    @Test
    void failedTransitionLeavesTheStateAlone() {
        SignalingStateMachine m = new SignalingStateMachine();
        m.apply(LOCAL, OFFER);
        assertThrows(InvalidStateException.class, () -> m.apply(REMOTE, OFFER));
        assertEquals(HAVE_LOCAL_OFFER, m.state());
        m.apply(LOCAL, ROLLBACK);
        assertEquals(STABLE, m.state());
    }

    @Test
    void createOfferAndCreateAnswerNeedTheRightState() {
        SignalingStateMachine m = new SignalingStateMachine();
        m.checkCreateOffer();
        assertThrows(InvalidStateException.class, m::checkCreateAnswer);
        m.apply(REMOTE, OFFER);
        m.checkCreateAnswer();
        InvalidStateException e = assertThrows(InvalidStateException.class, m::checkCreateOffer);
        assertEquals("createOffer is not allowed in signaling state 'have-remote-offer'", e.getMessage());
    }

    @Test
    void closedRefusesEverything() {
        SignalingStateMachine m = new SignalingStateMachine();
        m.close();
        assertEquals(CLOSED, m.state());
        assertThrows(InvalidStateException.class, m::checkCreateOffer);
        assertThrows(InvalidStateException.class, () -> m.checkNotClosed("addTransceiver"));
        assertThrows(InvalidStateException.class, () -> m.apply(REMOTE, OFFER));
    }

    @Test
    void w3cNames() {
        assertEquals("have-remote-pranswer", HAVE_REMOTE_PRANSWER.w3cName());
        assertEquals("stable", STABLE.w3cName());
        assertEquals(PRANSWER, RTCSdpType.fromW3c("pranswer"));
        assertThrows(IllegalArgumentException.class, () -> RTCSdpType.fromW3c("Offer"));
    }
}
