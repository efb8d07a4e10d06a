package org.jpeer.dtls;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A deliberately plain SRTP written straight from RFC 3711 and RFC 7714 on the JDK's AES, used to
 * compute the bytes our jitsi-srtp-backed layer must produce. Its own correctness is pinned by the
 * RFCs' published vectors in {@link SrtpVectorsTest}.
 */
final class ReferenceSrtp {

    static final int LABEL_RTP_ENCRYPTION = 0;
    static final int LABEL_RTP_AUTH = 1;
    static final int LABEL_RTP_SALT = 2;
    static final int LABEL_RTCP_ENCRYPTION = 3;
    static final int LABEL_RTCP_AUTH = 4;
    static final int LABEL_RTCP_SALT = 5;

    private ReferenceSrtp() {
    }

    /** RFC 3711 §4.3.3 AES-CM PRF with key derivation rate 0; a 12-byte (GCM) salt is zero-padded to 14. */
    static byte[] kdf(byte[] masterKey, byte[] masterSalt, int label, int length) throws GeneralSecurityException {
        byte[] iv = new byte[16];
        System.arraycopy(masterSalt, 0, iv, 0, masterSalt.length);
        iv[7] ^= (byte) label;
        return aesCtr(masterKey, iv, new byte[length]);
    }

    /** RFC 3711 §4.1.1 counter-mode keystream for one packet. */
    static byte[] cmKeystream(byte[] sessionKey, byte[] sessionSalt, int ssrc, long index, int length)
            throws GeneralSecurityException {
        byte[] iv = new byte[16];
        System.arraycopy(sessionSalt, 0, iv, 0, 14);
        for (int i = 0; i < 4; i++) {
            iv[4 + i] ^= (byte) (ssrc >>> (24 - 8 * i));
        }
        for (int i = 0; i < 6; i++) {
            iv[8 + i] ^= (byte) (index >>> (40 - 8 * i));
        }
        return aesCtr(sessionKey, iv, new byte[length]);
    }

    /** SRTP with AES-CM and HMAC-SHA1 (RFC 3711 §3.3, §4.2), ROC 0, from session keys. */
    static byte[] protectCm(byte[] packet, int headerLength, byte[] encKey, byte[] salt, byte[] authKey, int tagLength)
            throws GeneralSecurityException {
        int ssrc = ByteBuffer.wrap(packet, 8, 4).getInt();
        int seq = ((packet[2] & 0xFF) << 8) | (packet[3] & 0xFF);
        byte[] out = Arrays.copyOf(packet, packet.length + tagLength);
        byte[] keystream = cmKeystream(encKey, salt, ssrc, seq, packet.length - headerLength);
        for (int i = headerLength; i < packet.length; i++) {
            out[i] ^= keystream[i - headerLength];
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(authKey, "HmacSHA1"));
        mac.update(out, 0, packet.length);
        mac.update(new byte[4]);
        System.arraycopy(mac.doFinal(), 0, out, packet.length, tagLength);
        return out;
    }

    /** SRTP with AES-GCM (RFC 7714 §8), ROC 0, from session key and 12-byte salt. */
    static byte[] protectGcm(byte[] packet, int headerLength, byte[] key, byte[] salt) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        System.arraycopy(packet, 8, iv, 2, 4);
        iv[10] = packet[2];
        iv[11] = packet[3];
        for (int i = 0; i < 12; i++) {
            iv[i] ^= salt[i];
        }
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        gcm.updateAAD(packet, 0, headerLength);
        byte[] sealed = gcm.doFinal(packet, headerLength, packet.length - headerLength);
        byte[] out = Arrays.copyOf(packet, headerLength + sealed.length);
        System.arraycopy(sealed, 0, out, headerLength, sealed.length);
        return out;
    }

    /** SRTCP with AES-CM and HMAC-SHA1 (RFC 3711 §3.4), encrypted, from session keys. */
    static byte[] protectRtcpCm(byte[] packet, int index, byte[] encKey, byte[] salt, byte[] authKey, int tagLength)
            throws GeneralSecurityException {
        int ssrc = ByteBuffer.wrap(packet, 4, 4).getInt();
        byte[] out = Arrays.copyOf(packet, packet.length + 4 + tagLength);
        byte[] keystream = cmKeystream(encKey, salt, ssrc, index, packet.length - 8);
        for (int i = 8; i < packet.length; i++) {
            out[i] ^= keystream[i - 8];
        }
        ByteBuffer.wrap(out, packet.length, 4).putInt(0x80000000 | index);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(authKey, "HmacSHA1"));
        mac.update(out, 0, packet.length + 4);
        System.arraycopy(mac.doFinal(), 0, out, packet.length + 4, tagLength);
        return out;
    }

    private static byte[] aesCtr(byte[] key, byte[] iv, byte[] data) throws GeneralSecurityException {
        Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
        ctr.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return ctr.doFinal(data);
    }
}
