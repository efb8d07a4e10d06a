package org.jpeer.jsep.negotiation;

import static org.jpeer.jsep.negotiation.Peers.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jpeer.dtls.DtlsRole;
import org.jpeer.ice.IceRole;
import org.jpeer.jsep.sdp.Group;
import org.jpeer.jsep.sdp.IceLite;
import org.jpeer.jsep.sdp.IceUfrag;
import org.jpeer.jsep.sdp.MediaDescription;
import org.jpeer.jsep.sdp.SdpParser;
import org.jpeer.jsep.sdp.SessionDescription;
import org.junit.jupiter.api.Test;

/** Real browser and server offers (the SDP fixtures) answered by a session with one audio and one video track. */
class BrowserOfferTest {

    private final JsepSession session = Peers.session(7);
    private final LocalTransport transport = Peers.transport(7);

    static SessionDescription fixture(String name) {
        try (InputStream in = BrowserOfferTest.class.getResourceAsStream("/sdp/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture /sdp/" + name);
            }
            return SdpParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private SessionDescription answer(SessionDescription offer) {
        session.addTrack(MediaKind.AUDIO, Peers.audio(10));
        session.addTrack(MediaKind.VIDEO, Peers.video(20));
        session.setRemoteDescription(RTCSdpType.OFFER, offer);
        SessionDescription answer = session.createAnswer(transport);
        session.setLocalDescription(RTCSdpType.ANSWER, answer);
        return answer;
    }

    private static List<String> mLines(SessionDescription d) {
        return lines(d).stream().filter(l -> l.startsWith("m=")).toList();
    }

    @Test
    void chromeOffer() {
        SessionDescription answer = answer(fixture("chrome-offer.sdp"));
        List<String> l = lines(answer);
        assertEquals(List.of(
                "m=audio 9 UDP/TLS/RTP/SAVPF 111",
                "m=video 9 UDP/TLS/RTP/SAVPF 96 97 108 109 114 115 45 46 98 99",
                "m=application 0 UDP/DTLS/SCTP webrtc-datachannel"), mLines(answer));
        assertEquals(List.of("0", "1", "2"), answer.media().stream().map(m -> m.mid().orElseThrow()).toList());
        assertTrue(l.contains("a=group:BUNDLE 0 1"), "the rejected data channel leaves the group");
        assertEquals(2, l.stream().filter("a=setup:active"::equals).count());
        assertEquals(2, l.stream().filter("a=sendrecv"::equals).count());
        assertTrue(l.containsAll(List.of("a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level",
                "a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid",
                "a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01",
                "a=rtpmap:111 opus/48000/2", "a=fmtp:97 apt=96",
                "a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f",
                "a=rtcp-fb:96 nack pli", "a=ssrc-group:FID 20 21")));
        assertFalse(l.stream().anyMatch(x -> x.contains("toffset") || x.contains("video-orientation")));

        NegotiatedSession n = session.negotiated().orElseThrow();
        assertEquals(IceRole.CONTROLLED, n.localIceRole());
        assertEquals(DtlsRole.CLIENT, n.localDtlsRole());
        assertEquals("qKD2", n.remoteIceUfrag());
        assertEquals("wRtD2sPLkggvB9V7k9Rh+tP/", n.remoteIcePwd());
        assertEquals(2, n.remoteCandidates().size());
        assertEquals("sha-256", n.remoteFingerprint().hashFunction());
        assertEquals(List.of("2"), n.rejectedMids());
        NegotiatedMedia audio = n.mediaByMid("0").orElseThrow();
        assertEquals("opus", audio.sendCodec().orElseThrow().name());
        assertEquals(List.of(3528369894L), audio.remoteSsrcs());
        assertEquals(Optional.of("1ZY1uaogesjrfeQY"), audio.remoteCname());
        assertEquals("25912315-6d7f-49d0-ad00-cd179c7f60c6", audio.remoteMsid().orElseThrow().trackId());
        NegotiatedMedia video = n.mediaByMid("1").orElseThrow();
        assertEquals(96, video.sendCodec().orElseThrow().payloadType());
        assertEquals(OptionalInt.of(97), video.sendRtxPayloadType());
        assertEquals(4, video.headerExtensionIds().get(RtpHeaderExtension.MID));
        assertEquals(3, video.headerExtensionIds().get(RtpHeaderExtension.TRANSPORT_WIDE_CC));
    }

    @Test
    void firefoxOffer() {
        SessionDescription answer = answer(fixture("firefox-offer.sdp"));
        assertEquals(List.of("m=audio 9 UDP/TLS/RTP/SAVPF 109", "m=video 9 UDP/TLS/RTP/SAVPF 120 124 121 125 126 127 97 98"),
                mLines(answer));
        List<String> l = lines(answer);
        assertTrue(l.containsAll(List.of("a=group:BUNDLE 0 1", "a=extmap:3 urn:ietf:params:rtp-hdrext:sdes:mid",
                "a=extmap:7 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01",
                "a=fmtp:97 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42e01f")));
        assertFalse(answer.media().get(0).isRtcpRsize(), "Firefox did not offer rtcp-rsize for audio");
        assertTrue(answer.media().get(1).isRtcpRsize());

        NegotiatedSession n = session.negotiated().orElseThrow();
        assertEquals("09d76317", n.remoteIceUfrag());
        assertTrue(n.remoteFingerprint().value().startsWith("1B:42:35"), "Firefox's session-level fingerprint");
        assertEquals(8, n.remoteCandidates().size());
        RtpCodec vp8 = n.mediaByMid("1").orElseThrow().sendCodec().orElseThrow();
        assertEquals(120, vp8.payloadType());
        assertEquals("12288", vp8.fmtp().get("max-fs"), "we send within what Firefox receives");
        assertEquals(Optional.of(1408169957L), Optional.ofNullable(n.mediaByMid("1").orElseThrow().remoteRtxSsrcs().get(713060085L)));
        assertEquals(List.of(713060085L), n.mediaByMid("1").orElseThrow().remoteSsrcs());
    }

    @Test
    void sendonlyServerOfferIsAnsweredRecvonly() {
        SessionDescription answer = answer(fixture("janus-offer.sdp"));
        List<String> l = lines(answer);
        assertEquals(2, l.stream().filter("a=recvonly"::equals).count());
        assertFalse(l.stream().anyMatch(x -> x.startsWith("a=ssrc") || x.startsWith("a=msid:")));
        assertEquals(List.of("m=audio 9 UDP/TLS/RTP/SAVPF 111", "m=video 9 UDP/TLS/RTP/SAVPF 101 102"), mLines(answer));
        NegotiatedSession n = session.negotiated().orElseThrow();
        assertTrue(n.remoteEndOfCandidates());
        assertEquals(RTCRtpTransceiverDirection.RECVONLY, n.media().get(1).direction());
        assertTrue(n.media().get(1).localSsrcs().isEmpty());
    }

    @Test
    void dataChannelInTheMiddleIsRejectedAndTheRestKeepsItsOrder() {
        SessionDescription answer = answer(fixture("pion-offer.sdp"));
        assertEquals(List.of("m=video 9 UDP/TLS/RTP/SAVPF 96", "m=audio 9 UDP/TLS/RTP/SAVPF 111",
                "m=application 0 UDP/DTLS/SCTP webrtc-datachannel"), mLines(answer));
        assertEquals("a=recvonly", answer.media().get(0).directionAttribute().map(d -> "a=" + d.sdpName()).orElseThrow());
    }

    @Test
    void bundleOnlySectionsWithoutTheirOwnTransportAreAccepted() {
        SessionDescription answer = answer(fixture("rfc9429-offer-c1.sdp"));
        assertEquals(9, answer.media().get(1).port());
        assertTrue(lines(answer).contains("a=group:BUNDLE a1 v1"));
        assertEquals("a1", session.negotiated().orElseThrow().bundleMid());
    }

    @Test
    void theTaggedMSectionsTransportAppliesToTheWholeGroup() {
        SessionDescription chrome = fixture("chrome-offer.sdp");
        MediaDescription video = chrome.media().get(1).toBuilder().setAttribute(new IceUfrag("other")).build();
        answer(chrome.toBuilder().setMedia(1, video).build());
        assertEquals("qKD2", session.negotiated().orElseThrow().remoteIceUfrag());
    }

    @Test
    void withoutBundleOnlyTheFirstMSectionIsAccepted() {
        SessionDescription chrome = fixture("chrome-offer.sdp");
        SessionDescription answer = answer(chrome.toBuilder().removeAttributes("group").build());
        assertEquals(List.of(9, 0, 0), answer.media().stream().map(MediaDescription::port).toList());
        assertFalse(lines(answer).stream().anyMatch(x -> x.startsWith("a=group:")));
    }

    @Test
    void aVideoMSectionAddedAfterFirefoxsOfferDoesNotGiveItsPayloadTypesOtherMeanings() {
        SessionDescription firefox = fixture("firefox-offer.sdp");
        session.setRemoteDescription(RTCSdpType.OFFER, firefox);
        session.setLocalDescription(RTCSdpType.ANSWER, session.createAnswer(transport));
        session.addTransceiver(MediaKind.VIDEO, RTCRtpTransceiverDirection.SENDONLY, Optional.of(Peers.video(20)));
        SessionDescription offer = session.createOffer(OfferOptions.DEFAULT, transport);
        MediaDescription added = offer.media().get(2);
        assertEquals(Optional.of("2"), added.mid());
        // Firefox gave 97 to H.264 mode 0 and 98 to its rtx, which our defaults use for other codecs.
        List<RtpCodec> theirs = SdpConversions.codecs(firefox.media().get(1));
        List<RtpCodec> ours = SdpConversions.codecs(added);
        for (RtpCodec c : ours) {
            theirs.stream().filter(x -> x.payloadType() == c.payloadType()).findFirst().ifPresent(x ->
                    assertEquals(x.name() + x.fmtp(), c.name() + c.fmtp(), "payload type " + c.payloadType()));
            c.apt().ifPresent(apt -> assertTrue(ours.stream().anyMatch(p -> p.payloadType() == apt && !p.isRtx())));
        }
        assertEquals(ours.size(), ours.stream().map(RtpCodec::payloadType).distinct().count());
    }

    @Test
    void aDataChannelOnlyOfferIsRejectedWithoutError() {
        SessionDescription chrome = fixture("chrome-offer.sdp");
        SessionDescription dataOnly = chrome.toBuilder().media(List.of(chrome.media().get(2)))
                .setAttribute(Group.bundle(List.of("2"))).build();
        SessionDescription answer = answer(dataOnly);
        assertEquals(List.of("m=application 0 UDP/DTLS/SCTP webrtc-datachannel"), mLines(answer));
        assertTrue(session.negotiated().isEmpty(), "nothing to connect");
        assertEquals(RTCSignalingState.STABLE, session.signalingState());
    }

    @Test
    void facingAnIceLiteOffererWeControl() {
        SessionDescription lite = fixture("chrome-offer.sdp").toBuilder().addAttribute(new IceLite()).build();
        answer(lite);
        NegotiatedSession n = session.negotiated().orElseThrow();
        assertTrue(n.remoteIceLite());
        assertEquals(IceRole.CONTROLLING, n.localIceRole());
    }

    @Test
    void missingIceUfragIsNamed() {
        SessionDescription chrome = fixture("chrome-offer.sdp");
        MediaDescription audio = chrome.media().get(0).toBuilder().removeAttributes(IceUfrag.class).build();
        InvalidAccessException e = assertThrows(InvalidAccessException.class,
                () -> session.setRemoteDescription(RTCSdpType.OFFER, chrome.toBuilder().setMedia(0, audio).build()));
        assertEquals("m-line 0 (mid '0'): no a=ice-ufrag in the m-section or at session level", e.getMessage());
        assertEquals(RTCSignalingState.STABLE, session.signalingState());
        assertTrue(session.transceivers().isEmpty(), "a refused offer changes nothing");
    }

    @Test
    void missingFingerprintIsNamed() {
        SessionDescription chrome = fixture("chrome-offer.sdp");
        MediaDescription audio = chrome.media().get(0).toBuilder().removeAttributes("fingerprint").build();
        InvalidAccessException e = assertThrows(InvalidAccessException.class,
                () -> session.setRemoteDescription(RTCSdpType.OFFER, chrome.toBuilder().setMedia(0, audio).build()));
        assertTrue(e.getMessage().startsWith("m-line 0 (mid '0'): no a=fingerprint"), e.getMessage());
    }

    @Test
    void offlineAnswererIsDeterministicAndParsesBack() {
        String offer = fixture("chrome-offer.sdp").write();
        String fp = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";
        String a = OfflineAnswerer.answer(offer, "sha-256", fp);
        assertEquals(a, OfflineAnswerer.answer(offer, "sha-256", fp));
        SessionDescription parsed = SdpParser.parse(a);
        assertEquals(a, parsed.write());
        assertTrue(a.contains("a=fingerprint:sha-256 " + fp + "\r\n"));
        assertTrue(a.contains("a=setup:active\r\n"));
        assertEquals(List.of(9, 9, 0), parsed.media().stream().map(MediaDescription::port).toList());
        String janus = OfflineAnswerer.answer(fixture("janus-offer.sdp").write(), "sha-256", fp);
        assertFalse(janus.contains("a=sendrecv"));
        assertTrue(janus.contains("a=recvonly"));
    }
}
