package org.jpeer.ice;

import java.util.Locale;

/**
 * W3C {@code RTCIceConnectionState}. {@link #CONNECTED} means a pair is selected and usable;
 * {@link #COMPLETED} additionally needs the remote end-of-candidates; {@link #DISCONNECTED} means
 * consent checks have gone unanswered for a few seconds and may recover; {@link #FAILED} is final.
 */
public enum IceConnectionState {
    NEW, CHECKING, CONNECTED, COMPLETED, FAILED, DISCONNECTED, CLOSED;

    /** The W3C string, such as {@code "connected"}. */
    public String w3cName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the states in which the selected pair carries traffic. */
    public boolean isConnected() {
        return this == CONNECTED || this == COMPLETED;
    }
}
