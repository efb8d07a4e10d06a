package org.jpeer.signaling;

import java.net.InetSocketAddress;

/**
 * The server's side of one session, handed to {@link SessionHandler#offer}. The application keeps it to
 * report when the session ends on its own (ICE failed, consent lost, the peer closed), so the server
 * forgets it and frees its entry: afterwards its URL answers {@code 404}.
 *
 * <pre>{@code
 * pc.onConnectionStateChange(state -> {
 *     if (state == FAILED || state == CLOSED) ctx.ended("connection " + state);
 * });
 * }</pre>
 */
public interface SessionContext {
    /** The unguessable session id, the last segment of the WHIP/WHEP session URL. */
    String sessionId();

    /** The HTTP client's address, for logs. */
    InetSocketAddress remoteAddress();

    /**
     * Tells the server the session ended; safe to call from any thread, more than once, and before the
     * answer is sent. The server does not call {@link Session#close()} in return.
     */
    void ended(String reason);
}
