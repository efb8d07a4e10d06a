package org.jpeer.jsep.negotiation;

import static org.jpeer.jsep.negotiation.Peers.lines;
import static org.jpeer.jsep.negotiation.Peers.negotiate;
import static org.jpeer.jsep.negotiation.Peers.transport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.jpeer.dtls.DtlsRole;
import org.jpeer.ice.IceRole;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.SessionDescription;
import org.junit.jupiter.api.Test;

class JsepSessionTest {

    private final JsepSession caller = Peers.session(1);
    private final JsepSession callee = Peers.session(2);
    private final LocalTransport callerTransport = transport(1);
    private final LocalTransport calleeTransport = transport(2);

    @Test
    void audioAndVideoBothWays() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1111));
        caller.addTrack(MediaKind.VIDEO, Peers.video(2222));
        callee.addTrack(MediaKind.AUDIO, Peers.audio(3333));
        callee.addTrack(MediaKind.VIDEO, Peers.video(4444));
        SessionDescription[] d = negotiate(caller, callerTransport, callee, calleeTransport);

        List<String> offer = lines(d[0]);
        assertTrue(offer.get(1).matches("o=- \\d+ 1 IN IP4 127\\.0\\.0\\.1"), offer.get(1));
        assertEquals(List.of("s=-", "t=0 0", "a=group:BUNDLE 0 1", "a=extmap-allow-mixed",
                "a=msid-semantic: WMS stream1111 stream2222"), offer.subList(2, 7));
        assertEquals("m=audio 9 UDP/TLS/RTP/SAVPF 111", offer.get(7));
        assertTrue(offer.containsAll(List.of("c=IN IP4 0.0.0.0", "a=rtcp:9 IN IP4 0.0.0.0", "a=setup:actpass",
                "a=ice-options:trickle", "a=ice-ufrag:" + callerTransport.ice().ufrag(),
                "a=fingerprint:" + callerTransport.fingerprint().sdpValue(),
                "a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid", "a=rtpmap:111 opus/48000/2",
                "a=fmtp:111 minptime=10;useinbandfec=1", "a=rtcp-fb:111 transport-cc", "a=rtcp-mux", "a=rtcp-rsize",
                "m=video 9 UDP/TLS/RTP/SAVPF 96 97 98 99 100 101 102 103 104 105",
                "a=rtpmap:96 VP8/90000", "a=rtcp-fb:96 nack pli", "a=rtpmap:97 rtx/90000", "a=fmtp:97 apt=96",
                "a=fmtp:98 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f",
                "a=ssrc-group:FID 2222 2223", "a=ssrc:2222 cname:cname2222", "a=ssrc:2223 msid:stream2222 video2222",
                "a=msid:stream2222 video2222")));
        assertEquals(1, offer.stream().filter(l -> l.startsWith("a=candidate:")).count(), "candidates only in the tagged m-section");

        List<String> answer = lines(d[1]);
        assertTrue(answer.containsAll(List.of("a=group:BUNDLE 0 1", "a=setup:active", "a=sendrecv",
                "a=ssrc:3333 cname:cname3333", "a=ssrc-group:FID 4444 4445")));
        assertFalse(answer.contains("a=setup:actpass"));

        NegotiatedSession a = caller.negotiated().orElseThrow();
        NegotiatedSession b = callee.negotiated().orElseThrow();
        assertEquals(IceRole.CONTROLLING, a.localIceRole());
        assertEquals(IceRole.CONTROLLED, b.localIceRole());
        assertEquals(DtlsRole.SERVER, a.localDtlsRole());
        assertEquals(DtlsRole.CLIENT, b.localDtlsRole());
        assertEquals(calleeTransport.ice().ufrag(), a.remoteIceUfrag());
        assertEquals(calleeTransport.ice().pwd(), a.remoteIcePwd());
        assertEquals(calleeTransport.candidates(), a.remoteCandidates());
        assertEquals(callerTransport.fingerprint(), b.remoteFingerprint());
        assertEquals("0", a.bundleMid());
        assertFalse(a.iceRestart());

        NegotiatedMedia video = a.mediaByMid("1").orElseThrow();
        assertEquals(MediaKind.VIDEO, video.kind());
        assertEquals(RTCRtpTransceiverDirection.SENDRECV, video.direction());
        assertEquals("VP8", video.sendCodec().orElseThrow().name());
        assertEquals(96, video.sendCodec().orElseThrow().payloadType());
        assertEquals(OptionalInt.of(97), video.sendRtxPayloadType());
        assertEquals(List.of(2222L, 2223L), video.localSsrcs());
        assertEquals(List.of(4444L), video.remoteSsrcs());
        assertEquals(4445L, video.remoteRtxSsrcs().get(4444L));
        assertEquals(Optional.of("cname4444"), video.remoteCname());
        assertEquals("video4444", video.remoteMsid().orElseThrow().trackId());
        assertEquals(4, video.headerExtensionIds().get(RtpHeaderExtension.MID));
        assertTrue(video.rtcpRsize());
        assertEquals(10, video.receiveCodecs().size());

        NegotiatedMedia audio = b.mediaByMid("0").orElseThrow();
        assertEquals(111, audio.sendCodec().orElseThrow().payloadType());
        assertEquals(List.of(3333L), audio.localSsrcs());
        assertEquals(1, audio.headerExtensionIds().get(RtpHeaderExtension.AUDIO_LEVEL));

        assertEquals(RTCSignalingState.STABLE, caller.signalingState());
        assertEquals(RTCRtpTransceiverDirection.SENDRECV, caller.transceivers().get(1).currentDirection());
        assertEquals("1", callee.transceivers().get(1).mid());
    }

    @Test
    void sendrecvOfferedToUsWithoutTrackIsAnsweredRecvonly() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        caller.addTrack(MediaKind.VIDEO, Peers.video(2));
        SessionDescription[] d = negotiate(caller, callerTransport, callee, calleeTransport);
        assertEquals(2, lines(d[1]).stream().filter("a=recvonly"::equals).count());
        assertFalse(lines(d[1]).stream().anyMatch(l -> l.startsWith("a=ssrc")));
        assertEquals(TransceiverState.Creator.REMOTE_OFFER, callee.transceivers().get(0).creator());
        assertEquals(RTCRtpTransceiverDirection.SENDONLY, caller.negotiated().orElseThrow().media().get(0).direction());
        assertEquals(RTCRtpTransceiverDirection.RECVONLY, callee.negotiated().orElseThrow().media().get(1).direction());
        assertTrue(callee.negotiated().orElseThrow().media().get(1).localSsrcs().isEmpty());
    }

    @Test
    void addTrackAfterARemoteOfferTakesUpItsTransceiver() {
        caller.addTrack(MediaKind.VIDEO, Peers.video(2));
        SessionDescription offer = caller.createOffer(OfferOptions.DEFAULT, callerTransport);
        caller.setLocalDescription(RTCSdpType.OFFER, offer);
        callee.setRemoteDescription(RTCSdpType.OFFER, offer);
        TransceiverState t = callee.addTrack(MediaKind.VIDEO, Peers.video(8));
        assertEquals("0", t.mid());
        assertEquals(RTCRtpTransceiverDirection.SENDRECV, t.direction());
        assertEquals(1, callee.transceivers().size());
        SessionDescription answer = callee.createAnswer(calleeTransport);
        assertTrue(lines(answer).contains("a=sendrecv"));
        assertTrue(lines(answer).contains("a=ssrc-group:FID 8 9"));
    }

    @Test
    void addingVideoToAnAudioCallKeepsMidsCredentialsAndBumpsTheVersion() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        callee.addTrack(MediaKind.AUDIO, Peers.audio(3));
        SessionDescription first = negotiate(caller, callerTransport, callee, calleeTransport)[0];

        caller.addTrack(MediaKind.VIDEO, Peers.video(5));
        SessionDescription[] d = negotiate(caller, transport(11), callee, transport(12));
        SessionDescription second = d[0];
        assertEquals(first.origin().sessionId(), second.origin().sessionId());
        assertEquals(first.origin().sessionVersion() + 1, second.origin().sessionVersion());
        assertEquals(List.of("0", "1"), second.media().stream().map(m -> m.mid().orElseThrow()).toList());
        assertTrue(lines(second).contains("a=group:BUNDLE 0 1"));
        assertTrue(lines(second).contains("a=ice-ufrag:" + callerTransport.ice().ufrag()), "credentials kept without iceRestart");
        assertTrue(lines(d[1]).contains("a=ice-ufrag:" + calleeTransport.ice().ufrag()));
        assertEquals(first.media().get(0).extmaps(), second.media().get(0).extmaps());

        NegotiatedSession n = caller.negotiated().orElseThrow();
        assertFalse(n.iceRestart());
        assertEquals(2, n.media().size());
        assertEquals(IceRole.CONTROLLING, n.localIceRole());
        assertEquals(RTCRtpTransceiverDirection.SENDONLY, n.mediaByMid("1").orElseThrow().direction());
    }

    @Test
    void theCalleeCanRenegotiateAndKeepsItsIceRoleAndDtlsRole() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        negotiate(caller, callerTransport, callee, calleeTransport);
        callee.addTrack(MediaKind.VIDEO, Peers.video(7));
        SessionDescription[] d = negotiate(callee, calleeTransport, caller, callerTransport);
        assertTrue(lines(d[0]).contains("a=setup:actpass"));
        assertTrue(lines(d[1]).contains("a=setup:passive"), "the first callee stays DTLS client");
        assertEquals(IceRole.CONTROLLED, callee.negotiated().orElseThrow().localIceRole(), "no ICE restart, no role change");
        assertEquals(IceRole.CONTROLLING, caller.negotiated().orElseThrow().localIceRole());
        assertEquals(DtlsRole.CLIENT, callee.negotiated().orElseThrow().localDtlsRole());
        assertEquals(DtlsRole.SERVER, caller.negotiated().orElseThrow().localDtlsRole());
        assertEquals(List.of("0", "1"), d[0].media().stream().map(m -> m.mid().orElseThrow()).toList());
    }

    @Test
    void stoppingGivesPortZeroAndTheSlotIsRecycledWithANewMid() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        TransceiverState video = caller.addTrack(MediaKind.VIDEO, Peers.video(2));
        negotiate(caller, callerTransport, callee, calleeTransport);

        caller.stop(video.id());
        assertTrue(caller.transceiver(video.id()).stopped());
        SessionDescription[] d = negotiate(caller, callerTransport, callee, calleeTransport);
        MediaDescription stopped = d[0].media().get(1);
        assertEquals(0, stopped.port());
        assertEquals(Optional.of("1"), stopped.mid());
        assertTrue(lines(d[0]).contains("a=group:BUNDLE 0"));
        assertEquals(0, d[1].media().get(1).port());
        assertEquals(1, caller.transceivers().size(), "the stopped transceiver leaves once negotiated");
        assertEquals(1, callee.transceivers().size());
        assertEquals(List.of("1"), caller.negotiated().orElseThrow().rejectedMids());

        caller.addTrack(MediaKind.VIDEO, Peers.video(20));
        SessionDescription third = negotiate(caller, callerTransport, callee, calleeTransport)[0];
        assertEquals(2, third.media().size(), "the free m-line is reused, none added");
        assertEquals(Optional.of("2"), third.media().get(1).mid());
        assertEquals(9, third.media().get(1).port());
        assertTrue(lines(third).contains("a=group:BUNDLE 0 2"));
        assertEquals(RTCRtpTransceiverDirection.SENDONLY, caller.negotiated().orElseThrow().mediaByMid("2").orElseThrow().direction());
    }

    @Test
    void anUnnegotiatedTransceiverStopsAtOnce() {
        TransceiverState t = caller.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.RECVONLY, Optional.empty());
        caller.stop(t.id());
        assertTrue(caller.transceivers().isEmpty());
    }

    @Test
    void glareIsResolvedByRollback() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        callee.addTrack(MediaKind.VIDEO, Peers.video(2));
        SessionDescription callerOffer = caller.createOffer(OfferOptions.DEFAULT, callerTransport);
        caller.setLocalDescription(RTCSdpType.OFFER, callerOffer);
        SessionDescription calleeOffer = callee.createOffer(OfferOptions.DEFAULT, calleeTransport);
        callee.setLocalDescription(RTCSdpType.OFFER, calleeOffer);

        InvalidStateException glare = assertThrows(InvalidStateException.class,
                () -> caller.setRemoteDescription(RTCSdpType.OFFER, calleeOffer));
        assertEquals("setRemoteDescription(offer) is not allowed in signaling state 'have-local-offer'", glare.getMessage());

        caller.setLocalDescription(RTCSdpType.ROLLBACK, null);
        assertEquals(RTCSignalingState.STABLE, caller.signalingState());
        assertTrue(caller.localDescription().isEmpty());
        assertEquals(null, caller.transceivers().get(0).mid(), "rollback undoes the mid assignment");

        caller.setRemoteDescription(RTCSdpType.OFFER, calleeOffer);
        SessionDescription answer = caller.createAnswer(callerTransport);
        caller.setLocalDescription(RTCSdpType.ANSWER, answer);
        callee.setRemoteDescription(RTCSdpType.ANSWER, answer);
        assertEquals(RTCRtpTransceiverDirection.RECVONLY, caller.negotiated().orElseThrow().media().get(0).direction());
        assertEquals(IceRole.CONTROLLING, callee.negotiated().orElseThrow().localIceRole());
        // The caller's audio transceiver was not in the callee's offer: it waits for the next offer.
        assertEquals(-1, caller.transceivers().get(0).mLineIndex());
    }

    @Test
    void remoteRollbackDropsTransceiversTheOfferCreated() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        SessionDescription offer = caller.createOffer(OfferOptions.DEFAULT, callerTransport);
        callee.setRemoteDescription(RTCSdpType.OFFER, offer);
        assertEquals(1, callee.transceivers().size());
        callee.setRemoteDescription(RTCSdpType.ROLLBACK, null);
        assertTrue(callee.transceivers().isEmpty());
        assertTrue(callee.remoteDescription().isEmpty());
        assertThrows(InvalidStateException.class, () -> callee.setRemoteDescription(RTCSdpType.ROLLBACK, null));
    }

    @Test
    void iceRestartNeedsNewCredentialsAndIsReportedOnBothSides() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        negotiate(caller, callerTransport, callee, calleeTransport);
        assertThrows(IllegalArgumentException.class, () -> caller.createOffer(new OfferOptions(true), callerTransport));

        LocalTransport restarted = new LocalTransport(IceCredentials.generate(new Random(99)),
                callerTransport.fingerprint(), List.of(), false);
        SessionDescription[] d = negotiate(caller, new OfferOptions(true), restarted, callee, transport(3));
        assertTrue(lines(d[0]).contains("a=ice-ufrag:" + restarted.ice().ufrag()));
        assertTrue(lines(d[1]).contains("a=ice-ufrag:" + transport(3).ice().ufrag()), "the answerer restarts too");
        assertTrue(caller.negotiated().orElseThrow().iceRestart());
        assertTrue(callee.negotiated().orElseThrow().iceRestart());
        assertEquals(restarted.ice().ufrag(), callee.negotiated().orElseThrow().remoteIceUfrag());

        negotiate(caller, callerTransport, callee, calleeTransport);
        assertFalse(caller.negotiated().orElseThrow().iceRestart());
    }

    @Test
    void theAnswererIsToldWhenTheRemoteOfferRestartsIce() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        negotiate(caller, callerTransport, callee, calleeTransport);
        SessionDescription offer = caller.createOffer(new OfferOptions(true), transport(5));
        callee.setRemoteDescription(RTCSdpType.OFFER, offer);
        assertTrue(callee.remoteOfferRestartsIce());
        assertThrows(IllegalArgumentException.class, () -> callee.createAnswer(calleeTransport));
        SessionDescription answer = callee.createAnswer(transport(6));
        assertTrue(lines(answer).contains("a=setup:active"), "DTLS keeps its roles across an ICE restart");
    }

    @Test
    void pranswerGivesAProvisionalOutcome() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        SessionDescription offer = caller.createOffer(OfferOptions.DEFAULT, callerTransport);
        caller.setLocalDescription(RTCSdpType.OFFER, offer);
        callee.setRemoteDescription(RTCSdpType.OFFER, offer);
        SessionDescription answer = callee.createAnswer(calleeTransport);
        callee.setLocalDescription(RTCSdpType.PRANSWER, answer);
        assertEquals(RTCSignalingState.HAVE_LOCAL_PRANSWER, callee.signalingState());
        caller.setRemoteDescription(RTCSdpType.PRANSWER, answer);
        assertTrue(caller.negotiated().orElseThrow().provisional());
        assertTrue(caller.currentRemoteDescription().isEmpty());
        caller.setRemoteDescription(RTCSdpType.ANSWER, answer);
        assertFalse(caller.negotiated().orElseThrow().provisional());
        assertEquals(Optional.of(answer), caller.currentRemoteDescription());
    }

    @Test
    void aLocalDescriptionMustBeTheCreatedOne() {
        caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        callee.addTrack(MediaKind.VIDEO, Peers.video(2));
        SessionDescription other = callee.createOffer(OfferOptions.DEFAULT, calleeTransport);
        OperationException notCreated = assertThrows(OperationException.class,
                () -> caller.setLocalDescription(RTCSdpType.OFFER, other));
        assertEquals("setLocalDescription(offer): createOffer was not called first", notCreated.getMessage());
        caller.createOffer(OfferOptions.DEFAULT, callerTransport);
        assertThrows(OperationException.class, () -> caller.setLocalDescription(RTCSdpType.OFFER, other));
        assertThrows(InvalidStateException.class, () -> caller.setLocalDescription(RTCSdpType.ANSWER, other));
        assertThrows(InvalidStateException.class, () -> caller.createAnswer(callerTransport));
    }

    @Test
    void closedSessionRefusesEverything() {
        caller.close();
        assertEquals(RTCSignalingState.CLOSED, caller.signalingState());
        assertThrows(InvalidStateException.class, () -> caller.addTrack(MediaKind.AUDIO, Peers.audio(1)));
        assertThrows(InvalidStateException.class, () -> caller.createOffer(OfferOptions.DEFAULT, callerTransport));
    }

    @Test
    void setDirectionTakesEffectInTheNextOffer() {
        TransceiverState t = caller.addTrack(MediaKind.AUDIO, Peers.audio(1));
        negotiate(caller, callerTransport, callee, calleeTransport);
        caller.setDirection(t.id(), RTCRtpTransceiverDirection.INACTIVE);
        SessionDescription[] d = negotiate(caller, callerTransport, callee, calleeTransport);
        assertTrue(lines(d[0]).contains("a=inactive"));
        assertTrue(lines(d[1]).contains("a=inactive"));
        assertEquals(RTCRtpTransceiverDirection.INACTIVE, caller.transceiver(t.id()).currentDirection());
        assertThrows(IllegalArgumentException.class, () -> caller.setDirection(t.id(), RTCRtpTransceiverDirection.STOPPED));
    }
}
