package org.jpeer.signaling;

import java.util.concurrent.CompletableFuture;

/**
 * Turns an SDP offer into an answer and a {@link Session}; the application's half of the WHIP, WHEP and
 * webrtc-echoes endpoints of a {@link SignalingServer}. It is called on a server event loop, so it must
 * not block: start the work on the peer connection's executor and return the future. The future may
 * complete on any thread; the server responds then.
 *
 * <pre>{@code
 * SessionHandler handler = (offerSdp, ctx) -> {
 *     SdpParser.parse(offerSdp);                 // throws InvalidSdpException -> 400 with its message
 *     Peer peer = peers.create(ctx::ended);
 *     return peer.answer(offerSdp).thenApply(answer -> new SessionAnswer(answer, peer));
 * };
 * }</pre>
 *
 * <p>Failing (or throwing) with {@link BadOfferException} or any {@link IllegalArgumentException} gives
 * {@code 400} with the exception's message; anything else gives {@code 500} and is logged.
 */
@FunctionalInterface
public interface SessionHandler {
    CompletableFuture<SessionAnswer> offer(String offerSdp, SessionContext context);
}
