package org.jpeer.jsep;

import java.util.List;
import java.util.Objects;

/**
 * A STUN or TURN server, as in a page's {@code iceServers} list.
 *
 * <pre>{@code
 * new RTCIceServer(List.of("turn:127.0.0.1:3478?transport=udp"), "user", "secret");
 * RTCIceServer.stun("stun:127.0.0.1:3478");
 * }</pre>
 */
public record RTCIceServer(List<String> urls, String username, String credential) {

    public RTCIceServer {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("RTCIceServer 'urls': at least one URL is required");
        }
        for (String url : urls) {
            if (!(url.startsWith("stun:") || url.startsWith("stuns:") || url.startsWith("turn:") || url.startsWith("turns:"))) {
                throw new IllegalArgumentException("RTCIceServer 'urls': '" + url + "' is not a stun:, stuns:, turn: or turns: URL");
            }
        }
        if (urls.stream().anyMatch(u -> u.startsWith("turn")) && (username == null || credential == null)) {
            throw new IllegalArgumentException("RTCIceServer: a turn: URL needs 'username' and 'credential'");
        }
    }

    public static RTCIceServer stun(String url) {
        return new RTCIceServer(List.of(url), null, null);
    }

    public static RTCIceServer turn(String url, String username, String credential) {
        return new RTCIceServer(List.of(url), Objects.requireNonNull(username), Objects.requireNonNull(credential));
    }

    /** The password is never printed. */
    @Override
    public String toString() {
        return "RTCIceServer" + urls + (username == null ? "" : " user " + username);
    }
}
