package org.jpeer.dtls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.jpeer.dtls.internal.SrtpKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SrtpSessionTest {

    /** A client and a server session keyed from the same (random) exporter output. */
    record Pair(SrtpSession client, SrtpSession server) {
        static Pair of(SrtpProfile profile, int maxSsrcs) {
            byte[] material = new byte[SrtpKeys.materialLength(profile)];
            new Random(profile.ordinal()).nextBytes(material);
            SrtpKeys keys = SrtpKeys.split(profile, material);
            return new Pair(SrtpSession.create(keys, true, maxSsrcs), SrtpSession.create(keys, false, maxSsrcs));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rtpSurvivesSequenceWrapAndRocAdvance(SrtpProfile profile) {
        Pair p = Pair.of(profile, 4);
        int[] seqs = {65533, 65534, 65535, 0, 1, 2};
        for (int seq : seqs) {
            byte[] packet = Packets.rtp(42, seq, 100);
            byte[] plain = Packets.prefix(packet, Packets.rtpLength(100));
            int n = p.client.protectRtp(packet, 0, plain.length);
            assertEquals(plain.length, p.server.unprotectRtp(packet, 0, n), "seq " + seq);
            assertArrayEquals(plain, Packets.prefix(packet, plain.length));
        }
        assertEquals(seqs.length, p.server.stats().rtpUnprotected());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void tamperedPacketsFailAuthentication(SrtpProfile profile) {
        Pair p = Pair.of(profile, 4);
        for (int flip : new int[] {1, 5, 20, -1}) {
            byte[] packet = Packets.rtp(42, 10 + (flip & 0xFF), 100);
            int n = p.client.protectRtp(packet, 0, Packets.rtpLength(100));
            packet[flip < 0 ? n - 1 : flip] ^= 0x01;
            assertEquals(-1, p.server.unprotectRtp(packet, 0, n), "flipped byte " + flip);
        }
        byte[] rtcp = Packets.senderReport(42);
        int n = p.client.protectRtcp(rtcp, 0, Packets.SENDER_REPORT_LENGTH);
        rtcp[12] ^= 0x40;
        assertEquals(-1, p.server.unprotectRtcp(rtcp, 0, n));
        assertEquals(5, p.server.stats().authFailures());
        assertEquals(0, p.server.stats().rtpUnprotected());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void replaysAreDroppedAndCounted(SrtpProfile profile) {
        Pair p = Pair.of(profile, 4);
        byte[] packet = Packets.rtp(42, 500, 100);
        int n = p.client.protectRtp(packet, 0, Packets.rtpLength(100));
        byte[] copy = Packets.prefix(packet, n);
        assertEquals(Packets.rtpLength(100), p.server.unprotectRtp(packet, 0, n));
        assertEquals(-1, p.server.unprotectRtp(copy.clone(), 0, n));

        byte[] rtcp = Packets.senderReport(42);
        int m = p.client.protectRtcp(rtcp, 0, Packets.SENDER_REPORT_LENGTH);
        byte[] rtcpCopy = Packets.prefix(rtcp, m);
        assertEquals(Packets.SENDER_REPORT_LENGTH, p.server.unprotectRtcp(rtcp, 0, m));
        assertEquals(-1, p.server.unprotectRtcp(rtcpCopy, 0, m));
        assertEquals(2, p.server.stats().replayDrops());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void packetsOlderThanTheReplayWindowAreDropped(SrtpProfile profile) {
        Pair p = Pair.of(profile, 4);
        byte[] old = Packets.rtp(42, 1000, 50);
        int oldLength = p.client.protectRtp(old, 0, Packets.rtpLength(50));
        for (int seq = 1001; seq < 1100; seq++) {
            byte[] packet = Packets.rtp(42, seq, 50);
            p.server.unprotectRtp(packet, 0, p.client.protectRtp(packet, 0, Packets.rtpLength(50)));
        }
        assertEquals(-1, p.server.unprotectRtp(old, 0, oldLength));
        assertEquals(1, p.server.stats().replayDrops());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void malformedPacketsAreDroppedNotThrown(SrtpProfile profile) {
        Pair p = Pair.of(profile, 4);
        byte[] garbage = new byte[200];
        assertEquals(-1, p.server.unprotectRtp(garbage, 0, 200));           // version 0
        assertEquals(-1, p.server.unprotectRtp(Packets.rtp(1, 1, 0), 0, 11)); // shorter than a header
        assertEquals(-1, p.server.unprotectRtp(Packets.rtp(1, 1, 0), 0, 12)); // no room for a tag
        byte[] extension = Packets.rtp(1, 1, 4);
        extension[0] |= 0x10;
        extension[14] = (byte) 0xFF;                                          // extension longer than the packet
        assertEquals(-1, p.server.unprotectRtp(extension, 0, 16));
        assertEquals(-1, p.server.unprotectRtcp(Packets.senderReport(1), 0, 8));
        assertEquals(5, p.server.stats().invalidDrops());
        assertEquals(5, p.server.stats().droppedTotal());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void forgedSsrcsCannotFillTheTable(SrtpProfile profile) {
        Pair p = Pair.of(profile, 2);
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] forged = Packets.rtp(random.nextInt(), i, 100);
            random.nextBytes(forged);
            forged[0] = (byte) 0x80;
            assertEquals(-1, p.server.unprotectRtp(forged, 0, 140));
        }
        assertEquals(50, p.server.stats().authFailures());
        for (int ssrc = 1; ssrc <= 3; ssrc++) {
            byte[] packet = Packets.rtp(ssrc, 1, 20);
            int n = p.client.protectRtp(packet, 0, Packets.rtpLength(20));
            int expected = ssrc <= 2 ? Packets.rtpLength(20) : -1;
            if (ssrc == 3) {
                // The sender's table is full too: it refuses rather than protecting.
                assertEquals(-1, n);
            } else {
                assertEquals(expected, p.server.unprotectRtp(packet, 0, n));
            }
        }
        assertEquals(1, p.client.stats().ssrcLimitDrops());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void protectingTheSameSequenceNumberTwiceIsRefused(SrtpProfile profile) {
        Pair p = Pair.of(profile, 4);
        byte[] first = Packets.rtp(9, 77, 30);
        byte[] second = Packets.rtp(9, 77, 30);
        p.client.protectRtp(first, 0, Packets.rtpLength(30));
        assertEquals(-1, p.client.protectRtp(second, 0, Packets.rtpLength(30)));
        assertEquals(1, p.client.stats().protectRefusals());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rejectsMisuseOfTheProtectApi(SrtpProfile profile) {
        Pair p = Pair.of(profile, 4);
        byte[] tight = Packets.prefix(Packets.rtp(1, 1, 10), Packets.rtpLength(10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.client.protectRtp(tight, 0, tight.length));
        assertEquals("buffer needs " + profile.rtpTagLength() + " spare bytes after the 22-byte packet at offset 0, has 0",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.client.protectRtp(new byte[100], 0, 40));
        assertThrows(IllegalArgumentException.class, () -> p.client.protectRtcp(new byte[100], 0, 4));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void worksAtAnOffsetAndWithCsrcsAndExtensions(SrtpProfile profile) {
        Pair p = Pair.of(profile, 4);
        byte[] inner = Packets.rtp(3, 4, 60);
        inner[0] = (byte) 0x91;                 // one CSRC, extension present
        inner[16] = (byte) 0xBE;                // extension profile 0xBEDE, length 1 word
        inner[17] = (byte) 0xDE;
        inner[18] = 0;
        inner[19] = 1;
        int len = Packets.rtpLength(60);
        byte[] buf = new byte[10 + len + p.client.maxOverhead()];
        System.arraycopy(inner, 0, buf, 10, len);
        byte[] plain = Arrays.copyOfRange(buf, 10, 10 + len);
        int n = p.client.protectRtp(buf, 10, len);
        assertArrayEquals(Arrays.copyOf(plain, 24), Arrays.copyOfRange(buf, 10, 34));
        assertEquals(len, p.server.unprotectRtp(buf, 10, n));
        assertArrayEquals(plain, Arrays.copyOfRange(buf, 10, 10 + len));
    }
}
