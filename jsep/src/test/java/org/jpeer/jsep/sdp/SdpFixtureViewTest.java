package org.jpeer.jsep.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpeer.ice.IceCandidate;
import org.junit.jupiter.api.Test;

/** The typed view of each captured description, field by field. */
class SdpFixtureViewTest {

    @Test
    void chromeOffer() {
        SessionDescription d = Fixtures.parse("chrome-offer.sdp");
        assertEquals(new Origin("-", "4190044976355704986", 2, "IN", "IP4", "127.0.0.1"), d.origin());
        assertEquals("-", d.sessionName());
        assertEquals(List.of(Timing.UNBOUNDED), d.timings());
        assertEquals(List.of(Group.bundle(List.of("0", "1", "2"))), d.bundleGroups());
        assertTrue(d.isExtmapAllowMixed());
        MsidSemantic semantic = d.msidSemantic().orElseThrow();
        assertEquals("WMS", semantic.semantic());
        assertTrue(semantic.spaceAfterColon());
        assertEquals(3, d.media().size());

        MediaDescription audio = d.media().get(0);
        assertEquals("audio", audio.media());
        assertEquals("UDP/TLS/RTP/SAVPF", audio.protocol());
        assertEquals(List.of(111, 63, 9, 0, 8, 13, 110, 126), audio.payloadTypes());
        assertEquals(Optional.of("0"), audio.mid());
        assertEquals(Direction.SENDRECV, audio.direction());
        assertEquals(new Connection("IN", "IP4", "10.77.0.2"), audio.connection());
        assertEquals(Optional.of(new Rtcp(9, "IN", "IP4", "0.0.0.0")), audio.attribute(Rtcp.class));
        assertEquals(Optional.of("qKD2"), audio.iceUfrag());
        assertEquals(Optional.of("wRtD2sPLkggvB9V7k9Rh+tP/"), audio.icePwd());
        assertEquals(List.of("trickle"), audio.iceOptions());
        assertEquals("sha-256", audio.fingerprints().get(0).hashFunction());
        assertEquals(32, audio.fingerprints().get(0).bytes().length);
        assertEquals(Optional.of(Setup.Role.ACTPASS), audio.setup());
        assertTrue(audio.isRtcpMux());
        assertTrue(audio.isRtcpRsize());
        assertEquals(new Extmap(1, "urn:ietf:params:rtp-hdrext:ssrc-audio-level"), audio.extmaps().get(0));
        assertEquals(4, audio.extmaps().size());
        Codec opus = audio.codecs().get(0);
        assertEquals(111, opus.payloadType());
        assertEquals("opus", opus.name());
        assertEquals(48000, opus.clockRate());
        assertEquals(2, opus.channels());
        assertEquals(Map.of("minptime", "10", "useinbandfec", "1"), opus.parameters());
        assertEquals(List.of(new RtcpFb(111, "transport-cc", null)), opus.feedback());
        assertEquals(Optional.of(new Fmtp(63, "111/111")), audio.fmtp(63));
        assertEquals(new RtpMap(63, "red", 48000, 2), audio.rtpMap(63).orElseThrow());
        assertEquals(new RtpMap(0, "PCMU", 8000, null), audio.rtpMap(0).orElseThrow());
        assertEquals(List.of(3528369894L), audio.ssrcIds());
        assertEquals(new Ssrc(3528369894L, "cname", "1ZY1uaogesjrfeQY"), audio.ssrcs().get(0));
        Msid msid = audio.msids().get(0);
        assertEquals("9710439b-1837-4cf0-8446-5940dba5c671", msid.streamId());
        assertEquals("25912315-6d7f-49d0-ad00-cd179c7f60c6", msid.trackId());
        assertEquals(List.of(new UnknownAttribute("rtcp-xr", "rcvr-rtt=all")), audio.attributes(UnknownAttribute.class));

        List<IceCandidate> candidates = audio.candidates();
        assertEquals(2, candidates.size());
        IceCandidate udp = candidates.get(0);
        assertEquals("523607996", udp.foundation());
        assertEquals(2122260223L, udp.priority());
        assertEquals(IceCandidate.Type.HOST, udp.type());
        assertEquals(Optional.of(0), udp.generation());
        assertEquals(Optional.of("1"), udp.extension("network-id"));
        IceCandidate tcp = candidates.get(1);
        assertEquals("tcp", tcp.transport());
        assertEquals(9, tcp.port());
        assertEquals(Optional.of("active"), tcp.tcpType());

        MediaDescription video = d.media().get(1);
        assertEquals(23, video.payloadTypes().size());
        assertEquals(11, video.extmaps().size());
        assertEquals(14, video.extmaps().get(0).id());
        Map<String, Codec> byPt = video.codecs().stream()
                .collect(java.util.stream.Collectors.toMap(c -> Integer.toString(c.payloadType()), c -> c));
        assertEquals("VP8", byPt.get("96").name());
        assertEquals(Optional.of(96), byPt.get("97").associatedPayloadType());
        assertTrue(byPt.get("97").isRtx());
        assertEquals("42e01f", byPt.get("108").parameters().get("profile-level-id"));
        assertEquals("0", byPt.get("104").parameters().get("packetization-mode"));
        assertEquals("4d001f", byPt.get("116").parameters().get("profile-level-id"));
        assertEquals("AV1", byPt.get("45").name());
        assertEquals(Map.of("level-idx", "5", "profile", "0", "tier", "0"), byPt.get("45").parameters());
        assertEquals("2", byPt.get("100").parameters().get("profile-id"));
        assertEquals("ulpfec", byPt.get("120").name());
        assertEquals("red", byPt.get("118").name());
        assertEquals(5, video.rtcpFbs(96).size());
        assertEquals(new RtcpFb("96", "nack", "pli"), video.rtcpFbs(96).get(4));
        assertEquals(Optional.of("pli"), video.rtcpFbs(96).get(4).subtypeValue());
        assertEquals(List.of(new SsrcGroup(SsrcGroup.FID, List.of(3278730353L, 2878789546L))), video.ssrcGroups());
        assertEquals(List.of(3278730353L, 2878789546L), video.ssrcIds());

        MediaDescription data = d.media().get(2);
        assertEquals("application", data.media());
        assertEquals("UDP/DTLS/SCTP", data.protocol());
        assertEquals(List.of("webrtc-datachannel"), data.formats());
        assertFalse(data.isRtp());
        assertEquals(Optional.of(5000), data.sctpPort());
        assertEquals(Optional.of(262144L), data.maxMessageSize());
        assertEquals(Optional.of("2"), data.mid());
    }

    @Test
    void chromeAnswerAndSimulcastAndMdns() {
        SessionDescription answer = Fixtures.parse("chrome-answer.sdp");
        assertTrue(answer.media().stream().allMatch(m -> m.setup().equals(Optional.of(Setup.Role.ACTIVE))));
        assertEquals(List.of("0", "1", "2"), answer.bundleGroups().get(0).mids());

        SessionDescription simulcast = Fixtures.parse("chrome-simulcast-offer.sdp");
        assertEquals(List.of(), simulcast.msidSemantic().orElseThrow().ids());
        MediaDescription audio = simulcast.media().get(0);
        assertEquals(Direction.RECVONLY, audio.direction());
        MediaDescription video = simulcast.media().get(1);
        assertEquals(Direction.SENDONLY, video.direction());
        assertEquals(new Msid(Msid.NO_STREAM, "69258d3e-883c-4c82-afce-8aa1bce73bbb"), video.msids().get(0));
        assertEquals(List.of("h", "m", "l"), video.rids().stream().map(Rid::id).toList());
        assertTrue(video.rids().stream().allMatch(r -> r.direction() == RidDirection.SEND && r.params() == null));
        assertEquals(List.of(List.of("h"), List.of("m"), List.of("l")), video.simulcast().orElseThrow().send());
        assertEquals(List.of(), video.simulcast().orElseThrow().recv());
        assertEquals(13, video.extmaps().size());

        SessionDescription mdns = Fixtures.parse("chrome-mdns-offer.sdp");
        IceCandidate c = mdns.media().get(0).candidates().get(0);
        assertTrue(c.isMdns());
        assertEquals("10d50ed6-42fb-4f51-aac1-94ced031e54c.local", c.address());
        assertEquals(Optional.of("999"), c.extension("network-cost"));
        assertEquals(9, mdns.media().get(0).port());
    }

    @Test
    void firefoxOfferAndAnswer() {
        SessionDescription d = Fixtures.parse("firefox-offer.sdp");
        assertEquals("mozilla...THIS_IS_SDPARTA-82.0.3", d.origin().username());
        assertEquals(0, d.origin().sessionVersion());
        assertEquals(Optional.of(Direction.SENDRECV), d.directionAttribute());
        assertEquals(1, d.fingerprints().size());
        assertEquals(List.of("trickle"), d.iceOptions());
        assertEquals(new MsidSemantic("WMS", List.of("*")), d.msidSemantic().orElseThrow());
        MediaDescription audio = d.media().get(0);
        assertTrue(audio.fingerprints().isEmpty());
        assertEquals(Optional.of("09d76317"), audio.iceUfrag());
        assertEquals(new Extmap(2, Direction.RECVONLY, "urn:ietf:params:rtp-hdrext:csrc-audio-level", null),
                audio.extmaps().get(1));
        assertEquals(new RtpMap(9, "G722", 8000, 1), audio.rtpMap(9).orElseThrow());
        assertEquals(Map.of("0-15", ""), audio.fmtp(101).orElseThrow().parameterMap());
        assertEquals(new Rtcp(42661, "IN", "IP4", "103.37.201.176"), audio.attribute(Rtcp.class).orElseThrow());
        List<IceCandidate> candidates = audio.candidates();
        assertEquals(8, candidates.size());
        assertEquals("UDP", candidates.get(0).transport());
        assertEquals(2, candidates.get(2).component());
        assertEquals(Optional.of("active"), candidates.get(1).tcpType());
        IceCandidate srflx = candidates.get(4);
        assertEquals(IceCandidate.Type.SRFLX, srflx.type());
        assertEquals("10.61.34.95", srflx.relatedAddress());
        assertEquals(60591, srflx.relatedPort());
        assertEquals(IceCandidate.Type.RELAY, candidates.get(6).type());
        assertEquals("{424e8c56-a70d-4ca6-81fc-00ff360e7275}", audio.msids().get(0).streamId());
        MediaDescription video = d.media().get(1);
        assertEquals(Optional.of(120), video.codecs().stream().filter(c -> c.payloadType() == 124)
                .findFirst().orElseThrow().associatedPayloadType());
        assertEquals(new SsrcGroup("FID", List.of(713060085L, 1408169957L)), video.ssrcGroups().get(0));
        assertEquals(new Extmap(6, Direction.RECVONLY, "http://www.webrtc.org/experiments/rtp-hdrext/playout-delay", null),
                video.extmaps().get(3));

        SessionDescription answer = Fixtures.parse("firefox-answer.sdp");
        assertTrue(answer.bundleGroups().isEmpty());
        assertEquals(Direction.RECVONLY, answer.media().get(0).direction());
        assertEquals(Optional.of("video-stream"), answer.media().get(0).mid());
        assertEquals(Optional.of(Setup.Role.ACTIVE), answer.media().get(0).setup());
    }

    @Test
    void safariOffer() {
        SessionDescription safari = Fixtures.parse("safari-offer.sdp");
        assertEquals(List.of("0", "1"), safari.bundleGroups().get(0).mids());
        MediaDescription audio = safari.media().get(0);
        assertEquals(34517, audio.port());
        IceCandidate relay = audio.candidates().get(0);
        assertEquals(IceCandidate.Type.RELAY, relay.type());
        assertEquals(33562623L, relay.priority());
        assertEquals(Optional.of("999"), relay.extension("network-cost"));
        assertEquals(List.of(111, 103, 9, 102, 0, 8, 105, 13, 110, 113, 126), audio.payloadTypes());
        MediaDescription video = safari.media().get(1);
        assertEquals(Optional.of("1"), video.mid());
        assertEquals(Direction.SENDRECV, video.direction());
        assertEquals("H264", video.rtpMap(96).orElseThrow().encodingName());
        assertEquals("level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=640c1f",
                video.fmtp(96).orElseThrow().parameters());
        assertEquals("42e01f", video.fmtp(98).orElseThrow().parameterMap().get("profile-level-id"));
        assertEquals(5, video.rtcpFbs(100).size());
        assertEquals(10, video.extmaps().get(7).id());
        assertEquals(List.of(2209845614L, 703070799L), video.ssrcGroups().get(0).ssrcs());
        assertEquals("FID", video.ssrcGroups().get(0).semantics());
        assertTrue(video.isRtcpRsize());
    }

    @Test
    void pionAiortcJanusLibdatachannel() {
        SessionDescription pion = Fixtures.parse("pion-offer.sdp");
        assertEquals("WMS*", pion.msidSemantic().orElseThrow().semantic());
        assertEquals(1, pion.fingerprints().size());
        MediaDescription video = pion.media().get(0);
        assertTrue(video.isEndOfCandidates());
        assertEquals(Direction.SENDONLY, video.direction());
        IceCandidate relay = video.candidates().get(6);
        assertEquals(IceCandidate.Type.RELAY, relay.type());
        assertEquals("0.0.0.0", relay.relatedAddress());
        assertEquals(51381, relay.relatedPort());
        assertEquals(List.of(new Ssrc(2869684506L, "cname", "pion"), new Ssrc(2869684506L, "msid", "pion video"),
                new Ssrc(2869684506L, "mslabel", "pion"), new Ssrc(2869684506L, "label", "video")), video.ssrcs());
        assertEquals(Direction.SENDRECV, pion.media().get(2).direction());

        SessionDescription aiortc = Fixtures.parse("aiortc-answer.sdp");
        MediaDescription v = aiortc.media().get(0);
        assertEquals(List.of("sha-256", "sha-384", "sha-512"),
                v.fingerprints().stream().map(Fingerprint::hashFunction).toList());
        assertEquals(64, v.fingerprints().get(2).bytes().length);
        assertEquals("2408:821b:3522:2aa0:e39f:eb71:8fe0:3ca3", v.candidates().get(1).address());
        assertEquals("97335fc4d7cfcbb401af0e4689511738", v.candidates().get(0).foundation());
        assertEquals(Optional.of(103), v.codecs().get(1).associatedPayloadType());

        SessionDescription janus = Fixtures.parse("janus-offer.sdp");
        assertEquals("VideoRoom 5678", janus.sessionName());
        assertEquals(List.of("janus"), janus.msidSemantic().orElseThrow().ids());
        assertEquals(Optional.of("ZoA3"), janus.media().get(1).iceUfrag());
        assertEquals(new Msid("janus", "janus1"), janus.media().get(1).msids().get(0));
        assertEquals("useinbandfec=1", janus.media().get(0).fmtp(111).orElseThrow().parameters());

        SessionDescription ldc = Fixtures.parse("libdatachannel-offer.sdp");
        assertEquals(2, ldc.groups().size());
        assertEquals("LS", ldc.groups().get(1).semantics());
        assertEquals(Optional.of(Setup.Role.ACTPASS), ldc.setup());
        MediaDescription m = ldc.media().get(0);
        assertTrue(m.isBundleOnly());
        assertFalse(m.isRejected());
        assertEquals(Optional.of("video-stream"), m.mid());
    }

    @Test
    void rfc9429Examples() {
        SessionDescription b2 = Fixtures.parse("rfc9429-offer-b2.sdp");
        assertEquals(List.of("trickle", "ice2"), b2.iceOptions());
        MediaDescription audio = b2.media().get(0);
        assertTrue(audio.isRtcpMuxOnly());
        assertEquals(Optional.of("7a25ab85b195acaf3121f5a8ab4f0f71"), audio.tlsId());
        assertEquals(Optional.of(new MaxPtime(120)), audio.attribute(MaxPtime.class));
        assertEquals(new Msid("71317484-2ed4-49d7-9eb7-1414322a7aae", null), audio.msids().get(0));
        assertEquals(255L, audio.candidates().get(2).priority());
        MediaDescription v1 = b2.media().get(2);
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3")), v1.simulcast().orElseThrow().send());
        assertEquals(3, v1.rids().size());
        assertEquals("flexfec", v1.rtpMap(104).orElseThrow().encodingName());

        SessionDescription c1 = Fixtures.parse("rfc9429-offer-c1.sdp");
        MediaDescription video = c1.media().get(1);
        assertEquals(0, video.port());
        assertTrue(video.isBundleOnly());
        assertFalse(video.isRejected());
    }
}
