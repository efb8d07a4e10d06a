package org.jpeer.jsep.negotiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.Mid;
import org.jpeer.jsep.sdp.RtcpMux;
import org.jpeer.jsep.sdp.SessionDescription;
import org.jpeer.jsep.sdp.Setup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A remote answer is checked against our offer before anything is applied. */
class RemoteAnswerTest {

    private final JsepSession caller = Peers.session(1);
    private final JsepSession callee = Peers.session(2);
    private SessionDescription answer;

    @BeforeEach
    void offerAndAnswer() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        caller.addTrack(MediaKind.VIDEO, Peers.video(2));
        SessionDescription offer = caller.createOffer(OfferOptions.DEFAULT, Peers.transport(1));
        caller.setLocalDescription(RTCSdpType.OFFER, offer);
        callee.setRemoteDescription(RTCSdpType.OFFER, offer);
        answer = callee.createAnswer(Peers.transport(2));
    }

    private String refused(SessionDescription bad) {
        InvalidAccessException e = assertThrows(InvalidAccessException.class,
                () -> caller.setRemoteDescription(RTCSdpType.ANSWER, bad));
        assertEquals(RTCSignalingState.HAVE_LOCAL_OFFER, caller.signalingState());
        return e.getMessage();
    }

    @Test
    void fewerMLinesThanTheOffer() {
        SessionDescription bad = answer.toBuilder().media(answer.media().subList(0, 1)).removeAttributes("group").build();
        assertEquals("the answer has 1 m-lines, the offer 2", refused(bad));
    }

    @Test
    void anotherMid() {
        MediaDescription video = answer.media().get(1).toBuilder().setAttribute(new Mid("x")).build();
        SessionDescription bad = answer.toBuilder().setMedia(1, video).removeAttributes("group").build();
        assertEquals("answer m-line 1 (mid 'x'): mid differs from the offer's '1'", refused(bad));
    }

    @Test
    void actpassInAnAnswer() {
        MediaDescription audio = answer.media().get(0).toBuilder().setAttribute(new Setup(Setup.Role.ACTPASS)).build();
        assertEquals("m-line 0 (mid '0'): an answer must say a=setup:active or passive, not actpass",
                refused(answer.toBuilder().setMedia(0, audio).build()));
    }

    @Test
    void withoutRtcpMux() {
        MediaDescription audio = answer.media().get(0).toBuilder().removeAttributes(RtcpMux.class).build();
        assertEquals("answer m-line 0 (mid '0'): no a=rtcp-mux; JPeer requires RTP/RTCP multiplexing",
                refused(answer.toBuilder().setMedia(0, audio).build()));
    }

    @Test
    void aPayloadTypeWeDidNotOffer() {
        MediaDescription audio = answer.media().get(0).toBuilder().formats(List.of("111", "0")).build();
        assertEquals("answer m-line 0 (mid '0'): payload type 0 was not offered",
                refused(answer.toBuilder().setMedia(0, audio).build()));
    }

    @Test
    void theValidAnswerThenApplies() {
        caller.setRemoteDescription(RTCSdpType.ANSWER, answer);
        assertEquals(RTCSignalingState.STABLE, caller.signalingState());
    }
}
