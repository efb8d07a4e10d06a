package org.jpeer.dtls;

import java.util.Locale;

/** The state of a {@link DtlsTransport}, as W3C {@code RTCDtlsTransportState}. */
public enum DtlsState {
    NEW,
    CONNECTING,
    CONNECTED,
    CLOSED,
    FAILED;

    /** The W3C string, e.g. {@code "connected"}. */
    public String w3cName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether no further transition can happen. */
    public boolean isTerminal() {
        return this == CLOSED || this == FAILED;
    }
}
