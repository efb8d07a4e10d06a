package org.jpeer.jsep.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpeer.ice.IceCandidate;
import org.junit.jupiter.api.Test;

class SdpModelTest {

    @Test
    void directionHelpers() {
        assertEquals(Direction.RECVONLY, Direction.SENDONLY.reverse());
        assertEquals(Direction.SENDRECV, Direction.SENDRECV.reverse());
        assertEquals(Direction.INACTIVE, Direction.INACTIVE.reverse());
        assertEquals(Direction.SENDONLY, Direction.fromFlags(true, false));
        assertTrue(Direction.SENDONLY.canSend());
        assertFalse(Direction.SENDONLY.canReceive());
        assertEquals("recvonly", Direction.RECVONLY.sdpName());
        assertEquals(Direction.INACTIVE, Direction.fromSdp("inactive"));
    }

    @Test
    void builderWritesAParseableDescription() {
        MediaDescription audio = MediaDescription.builder(MediaDescription.AUDIO, 9, "UDP/TLS/RTP/SAVPF")
                .payloadTypes(List.of(111))
                .connection(Connection.UNSPECIFIED)
                .addAttribute(new Mid("0"))
                .addAttribute(new IceUfrag("abcd"))
                .addAttribute(new IcePwd("0123456789012345678901"))
                .addAttribute(Fingerprint.of("sha-256", new byte[32]))
                .addAttribute(new Setup(Setup.Role.ACTIVE))
                .addAttribute(new DirectionAttribute(Direction.RECVONLY))
                .addAttribute(new RtcpMux())
                .addAttribute(new RtpMap(111, "opus", 48000, 2))
                .addAttribute(Fmtp.of(111, new LinkedHashMap<>(Map.of("minptime", "10"))))
                .addAttribute(new RtcpFb(111, "transport-cc", null))
                .build();
        SessionDescription d = SessionDescription.builder()
                .origin(Origin.of("123", 2))
                .addAttribute(Group.bundle(List.of("0")))
                .addAttribute(new MsidSemantic("WMS", List.of()))
                .addMedia(audio)
                .build();
        String text = d.write();
        assertTrue(text.startsWith("v=0\r\no=- 123 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n"));
        assertTrue(text.contains("a=fingerprint:sha-256 00:00:"));
        assertTrue(text.contains("a=fmtp:111 minptime=10\r\n"));
        assertEquals(d, SdpParser.parse(text));
        assertEquals(List.of(), SdpValidator.validate(d));
        assertEquals(Direction.RECVONLY, d.mediaDirection(0));
    }

    @Test
    void setAttributeReplacesInPlaceAndRemovesDuplicates() {
        MediaDescription m = Fixtures.parse("chrome-offer.sdp").media().get(0);
        MediaDescription changed = m.toBuilder().setAttribute(new Setup(Setup.Role.PASSIVE))
                .setAttribute(new DirectionAttribute(Direction.INACTIVE)).removeAttributes(Candidate.class).build();
        assertEquals(Optional.of(Setup.Role.PASSIVE), changed.setup());
        assertEquals(Direction.INACTIVE, changed.direction());
        assertEquals(m.attributes().indexOf(new Setup(Setup.Role.ACTPASS)) - 2,
                changed.attributes().indexOf(new Setup(Setup.Role.PASSIVE)), "same place, minus the two candidates");
        assertTrue(changed.candidates().isEmpty());
    }

    @Test
    void recordsRejectInvalidValues() {
        assertThrows(IllegalArgumentException.class, () -> new Mid("a b"));
        assertThrows(IllegalArgumentException.class, () -> new RtpMap(128, "x", 1, null));
        assertThrows(IllegalArgumentException.class, () -> new Fingerprint("md4", "00"));
        assertThrows(IllegalArgumentException.class, () -> new Ssrc(-1, "cname", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> MediaDescription.builder("audio", 9, "RTP/AVP").build(), "no formats");
        assertThrows(IllegalArgumentException.class, () -> SessionDescription.builder().build(), "no origin");
    }

    @Test
    void attributeHelpers() {
        assertEquals(Map.of("a", "1", "b", "2"), Fmtp.parse("96 a=1; b=2").parameterMap());
        assertEquals(List.of(96, 97), Rid.parse("hi send pt=96,97;max-width=1280").payloadTypes());
        assertEquals("1280", Rid.parse("hi send pt=96,97;max-width=1280").restrictionMap().get("max-width"));
        Simulcast s = Simulcast.parse("recv a,b;~c send d");
        assertEquals(List.of(List.of("a", "b"), List.of("~c")), s.recv());
        assertEquals(List.of(List.of("d")), s.send());
        assertEquals("send h;m", Simulcast.send(List.of("h", "m")).sdpValue());
        assertEquals(0.125, Ptime.parse("0.125").millis());
        assertTrue(new Fingerprint("SHA-256", "ab:cd").matches(new Fingerprint("sha-256", "AB:CD")));
        RtcpFb mediasoup = RtcpFb.parse("100 nack ");
        assertEquals("100 nack ", mediasoup.sdpValue());
        assertEquals(Optional.empty(), mediasoup.subtypeValue());
        assertTrue(new RtcpFb("*", "nack", null).appliesTo(96));
        Candidate c = Candidate.parse("1 1 udp 2122260223 192.0.2.1 54321 typ host generation 0");
        assertEquals(54321, c.candidate().port());
        assertEquals("a=candidate:1 1 udp 2122260223 192.0.2.1 54321 typ host generation 0", c.toSdpLine());
        assertEquals(IceCandidate.Type.HOST, c.candidate().type());
        assertEquals(Optional.of(new RtpMap(8, "PCMA", 8000, 1)), StaticPayloadTypes.rtpMap(8));
    }

    @Test
    void duplicateAndUnknownAttributesAreKeptInOrder() {
        String text = "v=0\r\no=- 1 2 IN IP4 h\r\ns=-\r\nt=0 0\r\na=x-custom:1\r\na=x-custom:1\r\na=flag\r\na=empty:\r\n";
        SessionDescription d = SdpParser.parse(text);
        assertEquals(List.of(new UnknownAttribute("x-custom", "1"), new UnknownAttribute("x-custom", "1"),
                new UnknownAttribute("flag", null), new UnknownAttribute("empty", "")), d.attributes());
        assertEquals(text, d.write());
    }

    @Test
    void parsedLinesPointBackAtTheText() {
        ParsedSdp p = SdpParser.parseWithLines(Fixtures.text("chrome-offer.sdp"));
        assertEquals("m=audio 43850 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126", p.line(p.mediaLine(0)));
        assertEquals("a=group:BUNDLE 0 1 2", p.line(p.sessionAttributeLine(0)));
        MediaDescription video = p.description().media().get(1);
        int mid = video.attributes().indexOf(new Mid("1"));
        assertEquals("a=mid:1", p.line(p.mediaAttributeLine(1, mid)));
    }
}
