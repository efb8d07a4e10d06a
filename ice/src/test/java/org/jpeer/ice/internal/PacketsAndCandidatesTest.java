package org.jpeer.ice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PacketsAndCandidatesTest {
    /** RFC 5769 §2.1 sample request. */
    private static final byte[] RFC5769_REQUEST = HexFormat.of().parseHex(
            "000100582112a442b7e7a701bc34d686fa87dfae802200105354554e207465737420636c69656e74"
                    + "002400046e0001ff80290008932ff9b151263b36000600096576746a3a68367659202020000800149aeaa70cbfd8cb56"
                    + "781ef2b5b2d3f249c1b571a280280004e57a3bcf");

    @Test
    void findsTheRecipientUfragOfACheckForTheMux() {
        assertEquals("evtj", StunPackets.localUfrag(RFC5769_REQUEST, 0, RFC5769_REQUEST.length));
        byte[] response = RFC5769_REQUEST.clone();
        response[0] = 0x01;
        response[1] = 0x01;
        assertEquals(null, StunPackets.localUfrag(response, 0, response.length), "only Binding requests name a recipient");
        byte[] overlong = RFC5769_REQUEST.clone();
        int username = 20 + (4 + 16) + (4 + 4) + (4 + 8); // after SOFTWARE, PRIORITY, ICE-CONTROLLED
        overlong[username + 3] = (byte) 0xFF; // a USERNAME length beyond the message
        assertEquals(null, StunPackets.localUfrag(overlong, 0, overlong.length));
        assertEquals(null, StunPackets.localUfrag(new byte[] {0, 1, 0, 0}, 0, 4));
    }

    @Test
    void recognisesStunByCookieAndLength() {
        assertEquals(PacketKind.STUN, PacketKind.of(RFC5769_REQUEST, 0, RFC5769_REQUEST.length));
        assertTrue(StunPackets.isRequest(RFC5769_REQUEST, 0));
        assertEquals(PacketKind.GARBAGE, PacketKind.of(RFC5769_REQUEST, 0, RFC5769_REQUEST.length - 4));
        byte[] wrongCookie = RFC5769_REQUEST.clone();
        wrongCookie[4] = 0;
        assertEquals(PacketKind.GARBAGE, PacketKind.of(wrongCookie, 0, wrongCookie.length));
    }

    @Test
    void sortsOtherDatagramsByFirstByte() {
        assertEquals(PacketKind.DTLS, PacketKind.of(new byte[] {22}, 0, 1));
        assertEquals(PacketKind.RTP_RTCP, PacketKind.of(new byte[] {(byte) 0x80}, 0, 1));
        assertEquals(PacketKind.TURN_CHANNEL, PacketKind.of(new byte[] {0x40}, 0, 1));
        assertEquals(PacketKind.GARBAGE, PacketKind.of(new byte[] {(byte) 0xFF}, 0, 1));
        assertEquals(PacketKind.GARBAGE, PacketKind.of(new byte[0], 0, 0));
    }

    @Test
    void ipLiteralsAreParsedAndNamesNeverLookedUp() {
        assertEquals("127.0.0.1", Candidates.ipLiteral("127.0.0.1").orElseThrow().getHostAddress());
        assertTrue(Candidates.ipLiteral("::1").isPresent());
        assertEquals(Optional.empty(), Candidates.ipLiteral("127.0.0.256"));
        assertEquals(Optional.empty(), Candidates.ipLiteral("localhost"));
        assertEquals(Optional.empty(), Candidates.ipLiteral("abcd.local"));
        assertEquals(Optional.empty(), Candidates.ipLiteral("x:y"));
    }

    @Test
    void redactsRegisteredSecretsAndLabelledCredentials() {
        Secrets.register("S3cretPassw0rdS3cretPa");
        try {
            String line = Secrets.redact("Created a new Agent, ufrag=abcd1234 pwd: S3cretPassw0rdS3cretPa x");
            assertFalse(line.contains("abcd1234"));
            assertFalse(line.contains("S3cretPassw0rdS3cretPa"));
            assertTrue(line.startsWith("Created a new Agent"));
        } finally {
            Secrets.forget("S3cretPassw0rdS3cretPa");
        }
    }
}
