package org.jpeer.dtls;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of one {@link DtlsTransport}.
 *
 * <pre>{@code
 * DtlsConfig config = DtlsConfig.builder()
 *         .certificate(cert)
 *         .srtpProfiles(List.of(SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.AES128_CM_HMAC_SHA1_80))
 *         .mtu(1200)
 *         .handshakeTimeout(Duration.ofSeconds(10))
 *         .build();
 * }</pre>
 *
 * @param certificate        this peer's certificate (its fingerprint is in the local SDP)
 * @param srtpProfiles       SRTP profiles offered (client) or accepted (server), most preferred first
 * @param mtu                largest DTLS datagram sent; handshake messages are fragmented to fit
 * @param handshakeTimeout   the handshake fails with {@link DtlsException.Reason#TIMEOUT} after this
 * @param initialRetransmit  first RFC 6347 §4.2.4 retransmission timer; it doubles on each loss
 * @param maxSsrcs           SSRCs per direction for which SRTP contexts are kept (bounds memory a peer can cost)
 */
public record DtlsConfig(RTCCertificate certificate, List<SrtpProfile> srtpProfiles, int mtu,
        Duration handshakeTimeout, Duration initialRetransmit, int maxSsrcs) {

    /** GCM first, as Chrome prefers; the 32-bit-tag profile only on request since its tag is weak. */
    public static final List<SrtpProfile> DEFAULT_PROFILES = List.of(
            SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.AEAD_AES_256_GCM, SrtpProfile.AES128_CM_HMAC_SHA1_80);
    public static final int DEFAULT_MTU = 1200;
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Shorter than RFC 6347's suggested 1 s: DTLS starts only once ICE has proven the path, whose RTT
     * on the LAN and loopback paths JPeer is used on is far below this, and a lost first flight
     * would otherwise delay every such connection by a whole second.
     */
    public static final Duration DEFAULT_INITIAL_RETRANSMIT = Duration.ofMillis(100);
    public static final int DEFAULT_MAX_SSRCS = 64;

    /** DTLS needs room for its headers plus a useful payload; IPv6 guarantees 1280 on the path. */
    private static final int MIN_MTU = 256;

    public DtlsConfig {
        Objects.requireNonNull(certificate, "certificate is required");
        srtpProfiles = List.copyOf(srtpProfiles);
        if (srtpProfiles.isEmpty()) {
            throw new IllegalArgumentException("srtpProfiles must name at least one profile");
        }
        if (srtpProfiles.stream().distinct().count() != srtpProfiles.size()) {
            throw new IllegalArgumentException("srtpProfiles lists a profile twice: " + srtpProfiles);
        }
        if (mtu < MIN_MTU || mtu > 65507) {
            throw new IllegalArgumentException("mtu must be in " + MIN_MTU + "..65507, got " + mtu);
        }
        requirePositive("handshakeTimeout", handshakeTimeout);
        requirePositive("initialRetransmit", initialRetransmit);
        if (maxSsrcs < 1) {
            throw new IllegalArgumentException("maxSsrcs must be at least 1, got " + maxSsrcs);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void requirePositive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and below 24 days, got " + d);
        }
    }

    /** Builds a {@link DtlsConfig}; only the certificate is required. */
    public static final class Builder {
        private RTCCertificate certificate;
        private List<SrtpProfile> srtpProfiles = DEFAULT_PROFILES;
        private int mtu = DEFAULT_MTU;
        private Duration handshakeTimeout = DEFAULT_HANDSHAKE_TIMEOUT;
        private Duration initialRetransmit = DEFAULT_INITIAL_RETRANSMIT;
        private int maxSsrcs = DEFAULT_MAX_SSRCS;

        private Builder() {
        }

        public Builder certificate(RTCCertificate certificate) {
            this.certificate = certificate;
            return this;
        }

        public Builder srtpProfiles(List<SrtpProfile> srtpProfiles) {
            this.srtpProfiles = srtpProfiles;
            return this;
        }

        public Builder mtu(int mtu) {
            this.mtu = mtu;
            return this;
        }

        public Builder handshakeTimeout(Duration handshakeTimeout) {
            this.handshakeTimeout = handshakeTimeout;
            return this;
        }

        public Builder initialRetransmit(Duration initialRetransmit) {
            this.initialRetransmit = initialRetransmit;
            return this;
        }

        public Builder maxSsrcs(int maxSsrcs) {
            this.maxSsrcs = maxSsrcs;
            return this;
        }

        public DtlsConfig build() {
            return new DtlsConfig(certificate, srtpProfiles, mtu, handshakeTimeout, initialRetransmit, maxSsrcs);
        }
    }
}
