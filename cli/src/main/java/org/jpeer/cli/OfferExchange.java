package org.jpeer.cli;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCSessionDescription;

/**
 * A signaling exchange without trickle (WHIP, WHEP, webrtc-echoes): the complete offer goes out, the
 * complete answer comes back.
 */
interface OfferExchange {
    Duration GATHERING_TIMEOUT = Duration.ofSeconds(10);

    /** Sends the offer; completes with the answer SDP. */
    CompletableFuture<String> exchange(String offerSdp);

    /** Ends the session at the far end, where the protocol has a way to (WHIP's {@code DELETE}). */
    default void hangUp() {
    }

    /** The first message down a cause chain; a bare {@link ConnectException} has none. */
    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** Offers from {@code pc} with every candidate gathered, and applies the answer. */
    default void negotiate(RTCPeerConnection pc) throws Exception {
        pc.setLocalDescription(pc.createOffer().join()).join();
        try {
            pc.whenIceGatheringComplete().get(GATHERING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("ICE gathering did not complete in " + GATHERING_TIMEOUT.toSeconds() + " s");
        }
        String answer;
        try {
            answer = exchange(pc.localDescription().sdp()).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("signaling failed: " + reason(e.getCause()), e.getCause());
        }
        pc.setRemoteDescription(RTCSessionDescription.answer(answer)).join();
    }
}
