package org.jpeer.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignalMessageTest {
    @Test
    void encodesInTheBrowserShapes() {
        assertEquals("{\"type\":\"offer\",\"sdp\":\"v=0\\r\\n\"}", new SignalMessage.Offer("v=0\r\n").toJson());
        assertEquals("{\"type\":\"answer\",\"sdp\":\"v=0\"}", new SignalMessage.Answer("v=0").toJson());
        assertEquals("{\"type\":\"candidate\",\"candidate\":\"candidate:1 1 udp 1 127.0.0.1 9 typ host\","
                        + "\"sdpMid\":\"0\",\"sdpMLineIndex\":0}",
                new SignalMessage.Candidate("candidate:1 1 udp 1 127.0.0.1 9 typ host", "0", 0).toJson());
        assertEquals("{\"type\":\"candidate\",\"candidate\":\"\",\"sdpMid\":\"1\"}",
                SignalMessage.Candidate.endOfCandidates("1", null).toJson());
        assertEquals("{\"type\":\"bye\"}", new SignalMessage.Bye().toJson());
        assertEquals("{\"type\":\"error\",\"message\":\"room x is full\"}",
                new SignalMessage.ErrorMessage("room x is full").toJson());
    }

    @Test
    void decodesWhatItEncodesAndIgnoresExtraFields() {
        SignalMessage[] messages = {
            new SignalMessage.Offer("v=0"), new SignalMessage.Answer("v=0"),
            new SignalMessage.Candidate("candidate:1 1 udp 1 127.0.0.1 9 typ host", "0", 0),
            SignalMessage.Candidate.endOfCandidates(null, 1), new SignalMessage.Bye(),
            new SignalMessage.ErrorMessage("x"),
        };
        for (SignalMessage message : messages) {
            assertEquals(message, SignalMessage.fromJson(message.toJson()));
        }
        SignalMessage browser = SignalMessage.fromJson("{\"type\":\"candidate\",\"candidate\":"
                + "\"candidate:1 1 udp 1 127.0.0.1 9 typ host\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0,"
                + "\"usernameFragment\":\"abcd\"}");
        assertEquals(new SignalMessage.Candidate("candidate:1 1 udp 1 127.0.0.1 9 typ host", "0", 0), browser);
        assertTrue(((SignalMessage.Candidate) SignalMessage.fromJson(
                "{\"type\":\"candidate\",\"candidate\":\"\",\"sdpMid\":null,\"sdpMLineIndex\":null}"))
                .isEndOfCandidates());
    }

    @Test
    void badInputNamesTheProblem() {
        assertMessage("not JSON: ", "{\"type\":");
        assertMessage("line 1 column", "{\"type\" \"offer\"}");
        assertMessage("expected a JSON object, got array", "[1]");
        assertMessage("missing field 'type'", "{\"sdp\":\"v=0\"}");
        assertMessage("non-string field 'type'", "{\"type\":7}");
        assertMessage("unknown type 'hello'", "{\"type\":\"hello\"}");
        assertMessage("offer: missing field 'sdp'", "{\"type\":\"offer\"}");
        assertMessage("answer: non-string field 'sdp'", "{\"type\":\"answer\",\"sdp\":1}");
        assertMessage("sdpMLineIndex' must be a non-negative integer",
                "{\"type\":\"candidate\",\"candidate\":\"\",\"sdpMLineIndex\":-1}");
        assertMessage("must start with 'candidate:'", "{\"type\":\"candidate\",\"candidate\":\"1 1 udp\",\"sdpMid\":\"0\"}");
        assertMessage("needs sdpMid or sdpMLineIndex", "{\"type\":\"candidate\",\"candidate\":\"candidate:1 1 udp\"}");
        assertMessage("Duplicate field 'type'", "{\"type\":\"bye\",\"type\":\"offer\"}");
        assertMessage("not JSON", "{\"type\":\"bye\"} {}");
        assertMessage("not JSON: empty", "");
    }

    private static void assertMessage(String expectedPart, String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SignalMessage.fromJson(json));
        assertTrue(e.getMessage().contains(expectedPart), () -> "'" + e.getMessage() + "' should contain '"
                + expectedPart + "'");
    }
}
