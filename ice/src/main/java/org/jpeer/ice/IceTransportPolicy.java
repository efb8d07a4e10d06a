package org.jpeer.ice;

/**
 * Which local candidates an agent gathers and checks (W3C {@code RTCIceTransportPolicy}).
 *
 * <pre>{@code
 * IceAgentConfig.builder()
 *     .iceServers(List.of(IceServer.turn("turn:127.0.0.1:3478", "user", "secret")))
 *     .iceTransportPolicy(IceTransportPolicy.RELAY)
 *     .build();
 * }</pre>
 */
public enum IceTransportPolicy {
    /** Host, server-reflexive and relayed candidates. */
    ALL,
    /**
     * Only relayed candidates are announced and checked, so the peer never learns a local address;
     * host sockets still exist, as the path to the TURN server.
     */
    RELAY
}
