package org.jpeer.dtls;

/**
 * Which side of the DTLS handshake this endpoint plays, from the negotiated SDP {@code a=setup}
 * (RFC 5763 §5): {@code active} is the client, {@code passive} the server.
 */
public enum DtlsRole {
    CLIENT,
    SERVER
}
