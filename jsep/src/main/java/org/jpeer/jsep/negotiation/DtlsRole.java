package org.jpeer.jsep.negotiation;

/**
 * Our DTLS role from the negotiated {@code a=setup} (RFC 5763 §5, RFC 8842): {@code active}
 * makes us the client that sends the ClientHello, {@code passive} the server.
 *
 * <pre>{@code
 * DtlsRole role = negotiated.localDtlsRole();   // CLIENT when we answered setup:active
 * }</pre>
 */
public enum DtlsRole {
    CLIENT, SERVER
}
