package org.jpeer.dtls;

import static org.jpeer.dtls.ReferenceSrtp.LABEL_RTCP_AUTH;
import static org.jpeer.dtls.ReferenceSrtp.LABEL_RTCP_ENCRYPTION;
import static org.jpeer.dtls.ReferenceSrtp.LABEL_RTCP_SALT;
import static org.jpeer.dtls.ReferenceSrtp.LABEL_RTP_AUTH;
import static org.jpeer.dtls.ReferenceSrtp.LABEL_RTP_ENCRYPTION;
import static org.jpeer.dtls.ReferenceSrtp.LABEL_RTP_SALT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;
import org.jpeer.dtls.internal.SrtpKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RFC 3711 Appendix B and RFC 7714 §16 vectors. The RFCs give session keys, while our API takes
 * DTLS-exported master keys, so the vectors pin {@link ReferenceSrtp} and, where the RFC starts
 * from a master key (B.3), our layer directly; the reference then checks every profile end to end.
 */
class SrtpVectorsTest {

    private static final HexFormat HEX = HexFormat.of();

    // RFC 3711 B.3: key derivation.
    private static final byte[] B3_MASTER_KEY = hex("E1F97A0D3E018BE0D64FA32C06DE4139");
    private static final byte[] B3_MASTER_SALT = hex("0EC675AD498AFEEBB6960B3AABE6");
    private static final byte[] B3_CIPHER_KEY = hex("C61E7A93744F39EE10734AFE3FF7A087");
    private static final byte[] B3_CIPHER_SALT = hex("30CBBC08863D8C85D49DB34A9AE1");
    private static final byte[] B3_AUTH_KEY = hex("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4");

    // RFC 7714 §16.1.1 / §16.2.1: RTP packet and AEAD results from a session key and salt.
    private static final byte[] GCM_PLAINTEXT = hex("8040f17b8041f8d35501a0b2"
            + "47616c6c696120657374206f6d6e69732064697669736120696e207061727465732074726573");
    private static final byte[] GCM_SALT = hex("517569642070726f2071756f");

    @Test
    void referenceKdfMatchesAppendixB3() throws Exception {
        assertArrayEquals(B3_CIPHER_KEY, ReferenceSrtp.kdf(B3_MASTER_KEY, B3_MASTER_SALT, LABEL_RTP_ENCRYPTION, 16));
        assertArrayEquals(B3_CIPHER_SALT, ReferenceSrtp.kdf(B3_MASTER_KEY, B3_MASTER_SALT, LABEL_RTP_SALT, 14));
        assertArrayEquals(B3_AUTH_KEY, ReferenceSrtp.kdf(B3_MASTER_KEY, B3_MASTER_SALT, LABEL_RTP_AUTH, 20));
    }

    @Test
    void referenceKeystreamMatchesAppendixB2() throws Exception {
        byte[] keystream = ReferenceSrtp.cmKeystream(hex("2B7E151628AED2A6ABF7158809CF4F3C"),
                hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD"), 0, 0, 48);
        assertArrayEquals(hex("E03EAD0935C95E80E166B16DD92B4EB4D23513162B02D0F72A43A2FE4A5F97AB"
                + "41E95B3BB0A2E8DD477901E4FCA894C0"), keystream);
    }

    @Test
    void referenceGcmMatchesRfc7714() throws Exception {
        assertEquals(50, GCM_PLAINTEXT.length);
        assertArrayEquals(hex("8040f17b8041f8d35501a0b2f24de3a3fb34de6cacba861c9d7e4bcabe633bd50d294e6f42a5f47a"
                        + "51c7d19b36de3adf8833899d7f27beb16a9152cf765ee4390cce"),
                ReferenceSrtp.protectGcm(GCM_PLAINTEXT, 12, hex("000102030405060708090a0b0c0d0e0f"), GCM_SALT));
        assertArrayEquals(hex("8040f17b8041f8d35501a0b232b1de78a822fe12ef9f78fa332e33aab18012389a58e2f3b50b2a02"
                        + "76ffae0f1ba63799b87b7aa3db36dfffd6b0f9bb7878d7a76c13"),
                ReferenceSrtp.protectGcm(GCM_PLAINTEXT, 12,
                        hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"), GCM_SALT));
    }

    @Test
    void ourLayerProtectsWithAppendixB3SessionKeys() throws Exception {
        SrtpSession session = sender(SrtpProfile.AES128_CM_HMAC_SHA1_80, B3_MASTER_KEY, B3_MASTER_SALT);
        byte[] plain = rtpPacket();
        byte[] expected = ReferenceSrtp.protectCm(plain, 12, B3_CIPHER_KEY, B3_CIPHER_SALT, B3_AUTH_KEY, 10);
        assertArrayEquals(expected, protect(session, plain));
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void ourLayerMatchesTheReferenceForEveryProfile(SrtpProfile profile) throws Exception {
        byte[] masterKey = Arrays.copyOf(B3_MASTER_KEY, profile.keyLength());
        for (int i = 16; i < masterKey.length; i++) {
            masterKey[i] = (byte) i;
        }
        byte[] masterSalt = Arrays.copyOf(B3_MASTER_SALT, profile.saltLength());
        SrtpSession session = sender(profile, masterKey, masterSalt);
        byte[] plain = rtpPacket();
        byte[] key = ReferenceSrtp.kdf(masterKey, masterSalt, LABEL_RTP_ENCRYPTION, profile.keyLength());
        byte[] salt = ReferenceSrtp.kdf(masterKey, masterSalt, LABEL_RTP_SALT, profile.saltLength());
        byte[] expected = profile.isAead()
                ? ReferenceSrtp.protectGcm(plain, 12, key, salt)
                : ReferenceSrtp.protectCm(plain, 12, key, salt,
                        ReferenceSrtp.kdf(masterKey, masterSalt, LABEL_RTP_AUTH, 20), profile.rtpTagLength());
        assertArrayEquals(expected, protect(session, plain));
    }

    @Test
    void ourSrtcpMatchesTheReferenceForAesCm() throws Exception {
        SrtpSession session = sender(SrtpProfile.AES128_CM_HMAC_SHA1_80, B3_MASTER_KEY, B3_MASTER_SALT);
        byte[] key = ReferenceSrtp.kdf(B3_MASTER_KEY, B3_MASTER_SALT, LABEL_RTCP_ENCRYPTION, 16);
        byte[] salt = ReferenceSrtp.kdf(B3_MASTER_KEY, B3_MASTER_SALT, LABEL_RTCP_SALT, 14);
        byte[] auth = ReferenceSrtp.kdf(B3_MASTER_KEY, B3_MASTER_SALT, LABEL_RTCP_AUTH, 20);
        for (int index = 0; index < 3; index++) {
            byte[] plain = Packets.prefix(Packets.senderReport(0xCAFEBABE), Packets.SENDER_REPORT_LENGTH);
            byte[] buf = Arrays.copyOf(plain, plain.length + session.maxOverhead());
            int n = session.protectRtcp(buf, 0, plain.length);
            assertArrayEquals(ReferenceSrtp.protectRtcpCm(plain, index, key, salt, auth, 10), Arrays.copyOf(buf, n));
        }
    }

    private static SrtpSession sender(SrtpProfile profile, byte[] masterKey, byte[] masterSalt) {
        byte[] otherKey = new byte[profile.keyLength()];
        byte[] otherSalt = new byte[profile.saltLength()];
        return SrtpSession.create(new SrtpKeys(profile, masterKey, masterSalt, otherKey, otherSalt), true, 4);
    }

    private static byte[] rtpPacket() {
        return Packets.prefix(Packets.rtp(0xCAFEBABE, 0x1234, 40), Packets.rtpLength(40));
    }

    private static byte[] protect(SrtpSession session, byte[] plain) {
        byte[] buf = Arrays.copyOf(plain, plain.length + session.maxOverhead());
        return Arrays.copyOf(buf, session.protectRtp(buf, 0, plain.length));
    }

    private static byte[] hex(String s) {
        return HEX.parseHex(s);
    }
}
