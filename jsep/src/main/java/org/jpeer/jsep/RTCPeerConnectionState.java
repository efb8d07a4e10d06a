package org.jpeer.jsep;

import java.util.Locale;

/**
 * The W3C {@code RTCPeerConnectionState}, computed from the ICE and DTLS transport states as a
 * browser computes it.
 */
public enum RTCPeerConnectionState {
    NEW, CONNECTING, CONNECTED, DISCONNECTED, FAILED, CLOSED;

    /** The name a page sees, such as {@code "connected"}. */
    public String w3cName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return w3cName();
    }
}
