package org.jpeer.dtls.internal;

import java.util.Arrays;
import org.jpeer.dtls.SrtpProfile;

/**
 * The SRTP master keys and salts of both directions, split from the DTLS exporter output as
 * RFC 5764 §4.2 lays it out: client key | server key | client salt | server salt.
 */
public final class SrtpKeys {

    /** The RFC 5705 exporter label for DTLS-SRTP (RFC 5764 §4.2). */
    public static final String EXPORTER_LABEL = "EXTRACTOR-dtls_srtp";

    private final SrtpProfile profile;
    private final byte[] clientKey;
    private final byte[] serverKey;
    private final byte[] clientSalt;
    private final byte[] serverSalt;

    public SrtpKeys(SrtpProfile profile, byte[] clientKey, byte[] clientSalt, byte[] serverKey, byte[] serverSalt) {
        this.profile = profile;
        this.clientKey = checked(clientKey, profile.keyLength(), "client key");
        this.clientSalt = checked(clientSalt, profile.saltLength(), "client salt");
        this.serverKey = checked(serverKey, profile.keyLength(), "server key");
        this.serverSalt = checked(serverSalt, profile.saltLength(), "server salt");
    }

    /** How many bytes to export for a profile. */
    public static int materialLength(SrtpProfile profile) {
        return 2 * (profile.keyLength() + profile.saltLength());
    }

    /** Splits exporter output (then wipes it, as the copies are all that is needed). */
    public static SrtpKeys split(SrtpProfile profile, byte[] material) {
        if (material.length != materialLength(profile)) {
            throw new IllegalArgumentException("expected " + materialLength(profile) + " bytes of keying material for "
                    + profile + ", got " + material.length);
        }
        int k = profile.keyLength();
        int s = profile.saltLength();
        SrtpKeys keys = new SrtpKeys(profile,
                Arrays.copyOfRange(material, 0, k),
                Arrays.copyOfRange(material, 2 * k, 2 * k + s),
                Arrays.copyOfRange(material, k, 2 * k),
                Arrays.copyOfRange(material, 2 * k + s, 2 * k + 2 * s));
        Arrays.fill(material, (byte) 0);
        return keys;
    }

    public SrtpProfile profile() {
        return profile;
    }

    /** The key protecting what {@code client} (or the server) sends. */
    public byte[] key(boolean client) {
        return (client ? clientKey : serverKey).clone();
    }

    /** The salt protecting what {@code client} (or the server) sends. */
    public byte[] salt(boolean client) {
        return (client ? clientSalt : serverSalt).clone();
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "SrtpKeys[" + profile + "]";
    }

    private static byte[] checked(byte[] bytes, int length, String what) {
        if (bytes.length != length) {
            throw new IllegalArgumentException(what + " must have " + length + " bytes, got " + bytes.length);
        }
        return bytes.clone();
    }
}
