package org.jpeer.ice;

import java.util.List;
import java.util.Objects;

/**
 * A W3C {@code RTCIceServer}: STUN or TURN URLs (RFC 7064 / RFC 7065) and, for TURN, the long-term
 * credential. {@link #toString()} hides the credential.
 *
 * <pre>{@code
 * new IceServer(List.of("turn:127.0.0.1:3478?transport=udp"), "user", "secret");
 * IceServer.stun("stun:127.0.0.1:3478");
 * }</pre>
 *
 * @param urls one or more {@code stun:}, {@code stuns:}, {@code turn:} or {@code turns:} URLs
 * @param username TURN user name, or null
 * @param credential TURN password, or null
 */
public record IceServer(List<String> urls, String username, String credential) {

    public IceServer {
        urls = List.copyOf(Objects.requireNonNull(urls, "urls"));
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("urls: at least one URL is required");
        }
    }

    /** Whether any URL names a TURN server ({@code turn:} or {@code turns:}). */
    public boolean isTurn() {
        return urls.stream().anyMatch(u -> u.regionMatches(true, 0, "turn", 0, 4));
    }

    public static IceServer stun(String url) {
        return new IceServer(List.of(url), null, null);
    }

    public static IceServer turn(String url, String username, String credential) {
        return new IceServer(List.of(url), Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(credential, "credential"));
    }

    @Override
    public String toString() {
        return "IceServer[urls=" + urls + (username == null ? "" : ", username=" + username + ", credential=<hidden>") + "]";
    }
}
