package org.jpeer.jsep.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SdpSummaryTest {

    @Test
    @SuppressWarnings("unchecked")
    void summarisesSessionAndEachMediaSection() {
        Map<String, Object> s = SdpSummary.of(Fixtures.parse("firefox-offer.sdp"));
        Map<String, Object> session = (Map<String, Object>) s.get("session");
        assertEquals(List.of("trickle"), session.get("iceOptions"));
        assertEquals(List.of(List.of("0", "1")), session.get("bundle"));
        assertEquals("sha-256", ((List<Map<String, Object>>) session.get("fingerprints")).get(0).get("hash"));

        List<Map<String, Object>> media = (List<Map<String, Object>>) s.get("media");
        Map<String, Object> audio = media.get(0);
        assertEquals("0", audio.get("mid"));
        assertEquals("audio", audio.get("kind"));
        assertEquals("sendrecv", audio.get("direction"));
        assertEquals("actpass", audio.get("setup"));
        Map<String, Object> opus = ((List<Map<String, Object>>) audio.get("codecs")).get(0);
        assertEquals(Map.of("payloadType", 109, "name", "opus", "clockRate", 48000, "channels", 2,
                "fmtp", "maxplaybackrate=48000;stereo=1;useinbandfec=1",
                "parameters", Map.of("maxplaybackrate", "48000", "stereo", "1", "useinbandfec", "1"),
                "feedback", List.of()), opus);
        assertEquals(Map.of("id", 2, "uri", "urn:ietf:params:rtp-hdrext:csrc-audio-level", "direction", "recvonly"),
                ((List<Object>) audio.get("extensions")).get(1));
        Map<String, Object> tcp = ((List<Map<String, Object>>) audio.get("candidates")).get(1);
        assertEquals("active", tcp.get("tcpType"));
        assertEquals(List.of(Map.of("ssrc", 1482102844L, "cname", "{f1f0e45b-172e-4e24-9a80-83957ae08f16}")),
                audio.get("ssrcs"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void marksMdnsCandidatesAndDataChannels() {
        List<Map<String, Object>> media = (List<Map<String, Object>>) SdpSummary.of(Fixtures.parse("chrome-mdns-offer.sdp")).get("media");
        assertEquals(true, ((List<Map<String, Object>>) media.get(0).get("candidates")).get(0).get("mdns"));
        assertEquals(5000, media.get(1).get("sctpPort"));
        assertEquals(262144L, media.get(1).get("maxMessageSize"));
    }
}
