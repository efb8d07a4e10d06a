package org.jpeer.dtls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintTest {

    private static final String CHROME_STYLE =
            "sha-256 4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB:3E:4B:65:C6:71:0D:F6:2B:7A:69:D3:F8";

    @Test
    void parsesAndPrintsTheSdpForm() {
        Fingerprint fp = Fingerprint.parse(CHROME_STYLE);
        assertEquals("sha-256", fp.algorithm());
        assertEquals(32, fp.value().length);
        assertEquals(CHROME_STYLE, fp.toSdpValue());
        assertEquals(fp, Fingerprint.parse("SHA-256 " + CHROME_STYLE.substring(8).toLowerCase()));
        assertEquals(fp.hashCode(), Fingerprint.parse(CHROME_STYLE).hashCode());
    }

    @ParameterizedTest
    @CsvSource({"sha-1,20", "sha-224,28", "sha-256,32", "sha-384,48", "sha-512,64"})
    void acceptsEachRegisteredHash(String hash, int bytes) {
        RTCCertificate cert = RTCCertificate.generate();
        Fingerprint fp = cert.fingerprint(hash);
        assertEquals(bytes, fp.value().length);
        assertEquals(fp, Fingerprint.parse(fp.toSdpValue()));
        assertTrue(fp.matches(cert.derEncoded()));
    }

    @Test
    void rejectsBadInputWithTheRule() {
        assertEquals("unsupported fingerprint hash 'md5' (expected one of sha-1, sha-224, sha-256, sha-384, sha-512)",
                assertThrows(InvalidFingerprintException.class, () -> Fingerprint.parse("md5 AB:CD")).getMessage());
        assertEquals("fingerprint sha-256 must have 32 bytes, got 2",
                assertThrows(InvalidFingerprintException.class, () -> Fingerprint.parse("sha-256 AB:CD")).getMessage());
        assertEquals("fingerprint 'sha-256 AB-CD': value must be hex byte pairs separated by ':'",
                assertThrows(InvalidFingerprintException.class, () -> Fingerprint.parse("sha-256 AB-CD")).getMessage());
        assertEquals("fingerprint 'sha-256' must be '<hash> <hex pairs separated by ':'>'",
                assertThrows(InvalidFingerprintException.class, () -> Fingerprint.parse("sha-256")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse("sha-256 ABC:D"));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.parse(null));
    }

    @Test
    void valueIsDefensivelyCopied() {
        Fingerprint fp = Fingerprint.parse(CHROME_STYLE);
        fp.value()[0] = 0;
        assertEquals(CHROME_STYLE, fp.toSdpValue());
    }

    @Test
    void generatedCertificatesAreDistinctEcdsaAndExpireIn30Days() {
        RTCCertificate a = RTCCertificate.generate();
        RTCCertificate b = RTCCertificate.generate();
        assertEquals("ECDSA", a.keyAlgorithm());
        assertNotEquals(a.fingerprint(), b.fingerprint());
        assertFalse(a.fingerprint().matches(b.derEncoded()));
        Duration left = Duration.between(Instant.now(), a.expires());
        assertTrue(left.compareTo(Duration.ofDays(29)) > 0 && left.compareTo(Duration.ofDays(30)) <= 0, left.toString());
        assertFalse(a.toString().contains("Private"));
    }
}
