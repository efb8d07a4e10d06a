package org.jpeer.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jpeer.dtls.SrtpProfile;
import org.jpeer.jsep.Impairment;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCIceServer;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The connection options every peer-making command shares. */
final class PeerOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The IPv4 address host candidates use (default ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--ice-server", paramLabel = "URL", description = "A stun: or turn: server (repeatable).")
    private List<String> iceServers = new ArrayList<>();

    @Option(names = "--ice-username", paramLabel = "NAME", description = "Username for the turn: servers.")
    private String iceUsername;

    @Option(names = "--ice-credential", paramLabel = "SECRET", description = "Credential for the turn: servers.")
    private String iceCredential;

    @Option(names = "--relay-only", description = "Use only relayed candidates (iceTransportPolicy relay).")
    private boolean relayOnly;

    @Option(names = "--srtp-profile", paramLabel = "NAME",
            description = "Offer only this SRTP profile: AEAD_AES_128_GCM, AEAD_AES_256_GCM, "
                    + "AES128_CM_HMAC_SHA1_80 or AES128_CM_HMAC_SHA1_32 (default: GCM, then CM-80).")
    private String srtpProfile;

    @Option(names = {"-v", "--verbose"}, description = "Log what happens (to stderr).")
    private boolean verbose;

    RTCConfiguration configuration() {
        return configuration(Impairment.NONE);
    }

    /** The configuration with test impairment of the media sent ({@code loopback --loss/--delay}). */
    RTCConfiguration configuration(Impairment impairment) {
        RTCConfiguration.Builder b = RTCConfiguration.builder()
                .allowedAddresses(List.of(bindAddress()))
                .impairment(impairment);
        for (String url : iceServers) {
            try {
                b.iceServer(url.startsWith("turn")
                        ? new RTCIceServer(List.of(url), iceUsername, iceCredential)
                        : RTCIceServer.stun(url));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--ice-server: " + e.getMessage());
            }
        }
        if (relayOnly) {
            b.iceTransportPolicy(RTCConfiguration.IceTransportPolicy.RELAY);
        }
        if (srtpProfile != null) {
            b.srtpProfiles(List.of(profile(srtpProfile)));
        }
        return b.build();
    }

    InetAddress bindAddress() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: '" + bind + "' is not an address");
        }
    }

    private SrtpProfile profile(String name) {
        String n = name.toUpperCase(Locale.ROOT).replaceFirst("^SRTP_", "");
        for (SrtpProfile p : SrtpProfile.values()) {
            if (p.name().equals(n) || p.w3cName().equals(n)) {
                return p;
            }
        }
        throw new ParameterException(spec.commandLine(), "--srtp-profile: unknown profile '" + name + "'");
    }
}
