package org.jpeer.signaling;

import java.util.Objects;

/**
 * A STUN or TURN server a WHIP/WHEP endpoint offers its clients in {@code Link: <url>; rel="ice-server"}
 * headers (RFC 9725 §4.6).
 *
 * <pre>{@code
 * IceServer stun = IceServer.of("stun:127.0.0.1:3478");
 * IceServer turn = new IceServer("turn:127.0.0.1:3478?transport=udp", "user", "secret");
 * }</pre>
 *
 * @param url a {@code stun:}, {@code stuns:}, {@code turn:} or {@code turns:} URI
 * @param username the TURN username, or null
 * @param credential the TURN password, or null
 */
public record IceServer(String url, String username, String credential) {
    public IceServer {
        Objects.requireNonNull(url, "url");
        if (!url.matches("(?i)(stuns?|turns?):.+")) {
            throw new IllegalArgumentException("ICE server URL must be stun:, stuns:, turn: or turns:, got '" + url + "'");
        }
        if (url.indexOf('>') >= 0 || url.indexOf(',') >= 0) {
            throw new IllegalArgumentException("ICE server URL must not contain '>' or ',': '" + url + "'");
        }
    }

    /** A server without credentials (STUN). */
    public static IceServer of(String url) {
        return new IceServer(url, null, null);
    }
}
