package org.jpeer.jsep;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jpeer.dtls.RTCCertificate;
import org.jpeer.dtls.SrtpProfile;
import org.jpeer.jsep.negotiation.LocalCapabilities;

/**
 * How a {@link RTCPeerConnection} is set up: a page's {@code RTCConfiguration} plus JPeer's own
 * options (host addresses, SRTP profile order, codecs).
 *
 * <pre>{@code
 * RTCConfiguration config = RTCConfiguration.builder()
 *     .iceServer(RTCIceServer.turn("turn:127.0.0.1:3478", "user", "secret"))
 *     .iceTransportPolicy(RTCConfiguration.IceTransportPolicy.RELAY)
 *     .build();
 * }</pre>
 *
 * <p>By default host candidates are gathered on 127.0.0.1 only: a program serving real clients names
 * its interface addresses with {@link Builder#allowedAddresses}.
 */
public final class RTCConfiguration {

    /** W3C {@code RTCIceTransportPolicy}. */
    public enum IceTransportPolicy { ALL, RELAY }

    private final List<RTCIceServer> iceServers;
    private final IceTransportPolicy iceTransportPolicy;
    private final List<RTCCertificate> certificates;
    private final List<InetAddress> allowedAddresses;
    private final List<SrtpProfile> srtpProfiles;
    private final LocalCapabilities capabilities;
    private final Impairment impairment;

    private RTCConfiguration(Builder b) {
        this.iceServers = List.copyOf(b.iceServers);
        this.iceTransportPolicy = b.iceTransportPolicy;
        this.certificates = List.copyOf(b.certificates);
        this.allowedAddresses = List.copyOf(b.allowedAddresses);
        this.srtpProfiles = List.copyOf(b.srtpProfiles);
        this.capabilities = b.capabilities;
        this.impairment = b.impairment;
    }

    /** No ICE servers, host candidates on 127.0.0.1, a fresh ECDSA certificate, GCM before CM-80. */
    public static RTCConfiguration defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<RTCIceServer> iceServers() {
        return iceServers;
    }

    public IceTransportPolicy iceTransportPolicy() {
        return iceTransportPolicy;
    }

    /** The certificates to use; empty means each connection generates an ECDSA P-256 one. */
    public List<RTCCertificate> certificates() {
        return certificates;
    }

    public List<InetAddress> allowedAddresses() {
        return allowedAddresses;
    }

    public List<SrtpProfile> srtpProfiles() {
        return srtpProfiles;
    }

    public LocalCapabilities capabilities() {
        return capabilities;
    }

    /** Test impairment of the media sent; {@link Impairment#NONE} unless set. */
    public Impairment impairment() {
        return impairment;
    }

    public static final class Builder {
        private final List<RTCIceServer> iceServers = new ArrayList<>();
        private IceTransportPolicy iceTransportPolicy = IceTransportPolicy.ALL;
        private final List<RTCCertificate> certificates = new ArrayList<>();
        private final List<InetAddress> allowedAddresses = new ArrayList<>(List.of(InetAddress.getLoopbackAddress()));
        private final List<SrtpProfile> srtpProfiles =
                new ArrayList<>(List.of(SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.AES128_CM_HMAC_SHA1_80));
        private LocalCapabilities capabilities = LocalCapabilities.defaults();
        private Impairment impairment = Impairment.NONE;

        private Builder() {
        }

        public Builder iceServer(RTCIceServer server) {
            iceServers.add(Objects.requireNonNull(server));
            return this;
        }

        public Builder iceServers(List<RTCIceServer> servers) {
            iceServers.clear();
            iceServers.addAll(servers);
            return this;
        }

        public Builder iceTransportPolicy(IceTransportPolicy policy) {
            this.iceTransportPolicy = Objects.requireNonNull(policy);
            return this;
        }

        public Builder certificate(RTCCertificate certificate) {
            certificates.add(Objects.requireNonNull(certificate));
            return this;
        }

        /** The addresses host candidates are gathered on (default 127.0.0.1). */
        public Builder allowedAddresses(List<InetAddress> addresses) {
            if (addresses.isEmpty()) {
                throw new IllegalArgumentException("RTCConfiguration 'allowedAddresses': at least one address");
            }
            allowedAddresses.clear();
            allowedAddresses.addAll(addresses);
            return this;
        }

        /** SRTP protection profiles in order of preference. */
        public Builder srtpProfiles(List<SrtpProfile> profiles) {
            if (profiles.isEmpty()) {
                throw new IllegalArgumentException("RTCConfiguration 'srtpProfiles': at least one profile");
            }
            srtpProfiles.clear();
            srtpProfiles.addAll(profiles);
            return this;
        }

        /** The codecs and header extensions offered and accepted. */
        public Builder capabilities(LocalCapabilities capabilities) {
            this.capabilities = Objects.requireNonNull(capabilities);
            return this;
        }

        /** Drops and delays the media this connection sends: a test and diagnostic feature, see {@link Impairment}. */
        public Builder impairment(Impairment impairment) {
            this.impairment = Objects.requireNonNull(impairment, "impairment");
            return this;
        }

        public RTCConfiguration build() {
            return new RTCConfiguration(this);
        }
    }
}
