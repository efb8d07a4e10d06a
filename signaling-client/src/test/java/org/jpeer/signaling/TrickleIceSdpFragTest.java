package org.jpeer.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrickleIceSdpFragTest {
    /** The trickle example of RFC 9725 §4.3.1 (one section, four candidates, end of candidates). */
    private static final String RFC_9725_EXAMPLE = String.join("\r\n",
            "a=ice-ufrag:EsAw",
            "a=ice-pwd:P2uYro0UCOQ4zxjKXaWCBui1",
            "m=audio 9 RTP/AVP 0",
            "a=mid:0",
            "a=candidate:1387637174 1 udp 2122260223 192.0.2.1 61764 typ host generation 0 ufrag EsAw network-id 1",
            "a=candidate:3471623853 1 udp 2122194687 198.51.100.2 61765 typ host generation 0 ufrag EsAw network-id 2",
            "a=candidate:473322822 1 tcp 1518280447 192.0.2.1 9 typ host tcptype active generation 0 ufrag EsAw network-id 1",
            "a=candidate:2154773085 1 tcp 1518214911 198.51.100.2 9 typ host tcptype active generation 0 ufrag EsAw network-id 2",
            "a=end-of-candidates", "");

    @Test
    void parsesTheRfcExample() {
        TrickleIceSdpFrag frag = TrickleIceSdpFrag.parse(RFC_9725_EXAMPLE);
        assertEquals("EsAw", frag.iceUfrag());
        assertEquals("P2uYro0UCOQ4zxjKXaWCBui1", frag.icePwd());
        assertEquals(1, frag.media().size());
        TrickleIceSdpFrag.MediaSection section = frag.media().get(0);
        assertEquals("0", section.mid());
        assertEquals(4, section.candidates().size());
        assertTrue(section.candidates().get(0).startsWith("candidate:1387637174 1 udp"));
        assertTrue(section.endOfCandidates());
        assertEquals(RFC_9725_EXAMPLE, frag.toSdpFrag(), "the writer reproduces the RFC's text");
    }

    @Test
    void builderGroupsByMidAndRoundTrips() {
        TrickleIceSdpFrag frag = TrickleIceSdpFrag.builder("uf", "pw")
                .candidate("0", "candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host")
                .candidate("1", "candidate:2 1 udp 2122260223 127.0.0.1 5002 typ host")
                .candidate("0", "candidate:3 1 udp 2122260223 127.0.0.1 5004 typ host")
                .endOfCandidates("1")
                .build();
        assertEquals(List.of("0", "1"), frag.media().stream().map(TrickleIceSdpFrag.MediaSection::mid).toList());
        assertEquals(2, frag.media().get(0).candidates().size());
        assertFalse(frag.media().get(0).endOfCandidates());
        assertEquals(frag, TrickleIceSdpFrag.parse(frag.toSdpFrag()));
        assertEquals(List.of(
                new SignalMessage.Candidate("candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host", "0", null),
                new SignalMessage.Candidate("candidate:3 1 udp 2122260223 127.0.0.1 5004 typ host", "0", null),
                new SignalMessage.Candidate("candidate:2 1 udp 2122260223 127.0.0.1 5002 typ host", "1", null),
                SignalMessage.Candidate.endOfCandidates("1", null)), frag.toCandidates());
    }

    @Test
    void credentialsAreOptionalAndMayBeMediaLevel() {
        TrickleIceSdpFrag frag = TrickleIceSdpFrag.parse("m=video 9 UDP/TLS/RTP/SAVPF 96\na=mid:v\n"
                + "a=ice-ufrag:u2\na=ice-pwd:p2\na=ice-options:trickle\na=end-of-candidates\n");
        assertEquals("u2", frag.iceUfrag());
        assertEquals("v", frag.media().get(0).mid());
        assertTrue(frag.media().get(0).candidates().isEmpty());
        TrickleIceSdpFrag bare = TrickleIceSdpFrag.builder(null, null).endOfCandidates("0").build();
        assertNull(TrickleIceSdpFrag.parse(bare.toSdpFrag()).iceUfrag());
    }

    @Test
    void errorsNameTheLine() {
        assertError("line 2 'a=candidate:1 1 udp 1 127.0.0.1 9 typ host': belongs in a media section",
                "a=ice-ufrag:u\na=candidate:1 1 udp 1 127.0.0.1 9 typ host\n");
        assertError("line 2 'm=audio 9 RTP/AVP 0': media section has no a=mid", "a=ice-ufrag:u\nm=audio 9 RTP/AVP 0\n"
                + "a=candidate:1 1 udp 1 127.0.0.1 9 typ host");
        assertError("line 1 'hello': not an SDP line", "hello\n");
        assertError("line 1 'a=ice-ufrag:': empty value", "a=ice-ufrag:\n");
        assertThrows(IllegalArgumentException.class,
                () -> TrickleIceSdpFrag.builder("u", "p").candidate("0", "1 1 udp 1 127.0.0.1 9 typ host"));
    }

    private static void assertError(String expected, String body) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrickleIceSdpFrag.parse(body));
        assertTrue(e.getMessage().startsWith(expected), () -> "'" + e.getMessage() + "' should start with '"
                + expected + "'");
    }
}
