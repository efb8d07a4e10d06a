package org.jpeer.ice;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How an {@link IceAgent} gathers: the local addresses it may bind and the STUN/TURN servers it may
 * use. Defaults keep everything on 127.0.0.1 with no servers, so nothing leaves the machine unless
 * asked to.
 *
 * <pre>{@code
 * IceAgentConfig config = IceAgentConfig.builder()
 *     .allowedAddresses(List.of(InetAddress.getByName("192.0.2.10")))
 *     .iceServers(List.of(IceServer.stun("stun:127.0.0.1:3478")))
 *     .build();
 * }</pre>
 *
 * @param allowedAddresses local addresses that get host candidates (and from which servers are reached); not empty
 * @param iceServers STUN/TURN servers, may be empty
 * @param consentFreshness whether RFC 7675 consent checks run on the selected pair (default true)
 * @param checkInterval Ta, the pacing of connectivity checks (RFC 8445 §14.2), 5 ms (the RFC's floor,
 *     and the default) to 1 s; ice4j sends even triggered checks and the nomination on this beat, so
 *     it bounds the time to connect (ice4j's own default of 20 ms took 22 ms on loopback, 5 ms takes 7).
 *     Below 5 ms ice4j was measured to stall in checking about once in 700 connections
 * @param iceTransportPolicy {@link IceTransportPolicy#RELAY} to gather and use relayed candidates only
 *     (it then needs a TURN server in {@code iceServers}); default {@link IceTransportPolicy#ALL}
 * @param udpMux a shared port for the host candidate instead of sockets of the agent's own (server
 *     mode), or null; its address must be one of {@code allowedAddresses}
 */
public record IceAgentConfig(List<InetAddress> allowedAddresses, List<IceServer> iceServers, boolean consentFreshness,
                             Duration checkInterval, IceTransportPolicy iceTransportPolicy, IceUdpMux udpMux) {

    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofMillis(5);

    public IceAgentConfig {
        allowedAddresses = List.copyOf(Objects.requireNonNull(allowedAddresses, "allowedAddresses"));
        iceServers = List.copyOf(Objects.requireNonNull(iceServers, "iceServers"));
        if (allowedAddresses.isEmpty()) {
            throw new IllegalArgumentException("allowedAddresses: at least one address is required");
        }
        Objects.requireNonNull(checkInterval, "checkInterval");
        Objects.requireNonNull(iceTransportPolicy, "iceTransportPolicy");
        if (iceTransportPolicy == IceTransportPolicy.RELAY && iceServers.stream().noneMatch(IceServer::isTurn)) {
            throw new IllegalArgumentException("iceTransportPolicy: RELAY needs a turn: server in iceServers");
        }
        if (checkInterval.compareTo(DEFAULT_CHECK_INTERVAL) < 0 || checkInterval.toMillis() > 1000) {
            throw new IllegalArgumentException("checkInterval: " + checkInterval.toMillis() + " ms is not in 5..1000 ms");
        }
        if (udpMux != null && !allowedAddresses.contains(udpMux.localAddress().getAddress())) {
            throw new IllegalArgumentException("udpMux: its address " + udpMux.localAddress().getAddress().getHostAddress()
                    + " is not one of allowedAddresses");
        }
        for (InetAddress a : allowedAddresses) {
            if (a.isAnyLocalAddress()) {
                throw new IllegalArgumentException("allowedAddresses: " + a.getHostAddress()
                        + " is the wildcard address; name each address to use");
            }
        }
    }

    /** 127.0.0.1 only, no servers, consent freshness on, checks every 5 ms, every candidate type. */
    public static IceAgentConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link IceAgentConfig}. */
    public static final class Builder {
        private List<InetAddress> allowedAddresses = List.of(InetAddress.getLoopbackAddress());
        private List<IceServer> iceServers = List.of();
        private boolean consentFreshness = true;
        private Duration checkInterval = DEFAULT_CHECK_INTERVAL;
        private IceTransportPolicy iceTransportPolicy = IceTransportPolicy.ALL;
        private IceUdpMux udpMux;

        private Builder() {
        }

        public Builder allowedAddresses(List<InetAddress> addresses) {
            this.allowedAddresses = List.copyOf(addresses);
            return this;
        }

        public Builder iceServers(List<IceServer> servers) {
            this.iceServers = List.copyOf(servers);
            return this;
        }

        public Builder consentFreshness(boolean enabled) {
            this.consentFreshness = enabled;
            return this;
        }

        public Builder checkInterval(Duration interval) {
            this.checkInterval = interval;
            return this;
        }

        public Builder iceTransportPolicy(IceTransportPolicy policy) {
            this.iceTransportPolicy = policy;
            return this;
        }

        /** Shares {@code mux}'s port with other agents (server mode); null for sockets of the agent's own. */
        public Builder udpMux(IceUdpMux mux) {
            this.udpMux = mux;
            return this;
        }

        public IceAgentConfig build() {
            return new IceAgentConfig(allowedAddresses, iceServers, consentFreshness, checkInterval, iceTransportPolicy,
                    udpMux);
        }
    }
}
