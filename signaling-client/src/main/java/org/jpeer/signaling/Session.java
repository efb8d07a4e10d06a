package org.jpeer.signaling;

import java.util.concurrent.CompletableFuture;

/**
 * The application's side of one signaling session (one peer connection), created by a
 * {@link SessionHandler}. The server calls it from its event loop, so both methods must return
 * quickly: post the work to the peer connection's executor and complete the future later.
 *
 * <pre>{@code
 * Session session = new Session() {
 *     public CompletableFuture<Void> trickle(TrickleIceSdpFrag frag) {
 *         return pc.addIceCandidates(frag.toCandidates());
 *     }
 *     public void close() {
 *         pc.close();
 *     }
 * };
 * }</pre>
 */
public interface Session {
    /**
     * Adds candidates a WHIP/WHEP client trickled with {@code PATCH} (the server has already parsed the
     * body). The default refuses, and the server answers {@code 405}: RFC 9725 lets a server not support
     * trickle. A future failed with an {@link IllegalArgumentException} becomes {@code 400}.
     */
    default CompletableFuture<Void> trickle(TrickleIceSdpFrag fragment) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("trickle ICE is not supported"));
    }

    /** Ends the session because the client asked ({@code DELETE}) or the server closes; called at most once. */
    void close();
}
