package org.jpeer.signaling;

import java.util.Objects;

/**
 * What a {@link SessionHandler} gives back for an offer: the answer SDP and the session it opened.
 *
 * <pre>{@code
 * return CompletableFuture.completedFuture(new SessionAnswer(answerSdp, session));
 * }</pre>
 *
 * @param sdp the SDP answer
 * @param session the session the server keeps until {@code DELETE}, {@link SessionContext#ended} or close
 */
public record SessionAnswer(String sdp, Session session) {
    public SessionAnswer {
        Objects.requireNonNull(sdp, "sdp");
        Objects.requireNonNull(session, "session");
    }
}
