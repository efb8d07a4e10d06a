package org.jpeer.signaling.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jpeer.signaling.SessionAnswer;
import org.jpeer.signaling.SessionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands an offer to the application's {@link SessionHandler} and responds when its future completes,
 * on whatever thread that is; the event loop never waits. Shared by WHIP/WHEP and {@code /offer}.
 */
public final class OfferDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(OfferDispatcher.class);

    private final SessionRegistry registry;
    private final Duration answerTimeout;

    public OfferDispatcher(SessionRegistry registry, Duration answerTimeout) {
        this.registry = registry;
        this.answerTimeout = answerTimeout;
    }

    /**
     * Responds with {@code success(answer)} once the handler answers and the session is registered;
     * with 400/500 when it fails; with 503 when it takes longer than the answer timeout. A session
     * whose answer cannot reach the client (too late, connection gone) is closed, never leaked.
     */
    public void dispatch(ChannelHandlerContext ctx, boolean keepAlive, SessionHandler handler, String offerSdp,
            SessionRegistry.Ticket ticket, String etag, Function<SessionAnswer, FullHttpResponse> success) {
        CompletableFuture<SessionAnswer> answer = call(handler, offerSdp, ticket);
        AtomicBoolean settled = new AtomicBoolean();
        ScheduledFuture<?> timer = ctx.executor().schedule(() -> {
            if (settled.compareAndSet(false, true)) {
                ticket.ended("no answer in time");
                HttpResponses.send(ctx, keepAlive, HttpResponses.text(HttpResponseStatus.SERVICE_UNAVAILABLE,
                        "no answer within " + answerTimeout.toMillis() + " ms"));
            }
        }, answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        answer.whenComplete((result, failure) -> {
            timer.cancel(false);
            if (!settled.compareAndSet(false, true)) {
                if (result != null) {
                    SessionRegistry.closeQuietly(result.session(), ticket.sessionId());
                }
                return;
            }
            if (failure != null || result == null) {
                ticket.ended("offer refused");
                HttpResponses.send(ctx, keepAlive, failureResponse(failure, "session handler returned no answer"));
                return;
            }
            registry.register(ticket, result.session(), etag);
            HttpResponses.send(ctx, keepAlive, success.apply(result)).addListener(written -> {
                if (!written.isSuccess()) {
                    ticket.ended("answer not delivered: " + written.cause());
                    SessionRegistry.closeQuietly(result.session(), ticket.sessionId());
                }
            });
        });
    }

    /**
     * The response for a failed application future: an {@link IllegalArgumentException} is the
     * client's fault (400, its message as the reason); anything else is ours (500, logged).
     */
    public static FullHttpResponse failureResponse(Throwable failure, String ifNull) {
        Throwable cause = unwrap(failure);
        if (cause instanceof IllegalArgumentException) {
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return HttpResponses.text(HttpResponseStatus.BAD_REQUEST, reason);
        }
        if (cause == null) {
            LOG.warn("{}", ifNull);
        } else {
            LOG.warn("session handler failed", cause);
        }
        return HttpResponses.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error");
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Calls the handler so that a thrown exception or a null future become a failed future. */
    private static CompletableFuture<SessionAnswer> call(SessionHandler handler, String offerSdp,
            SessionRegistry.Ticket ticket) {
        try {
            CompletableFuture<SessionAnswer> answer = handler.offer(offerSdp, ticket);
            return answer != null ? answer : CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
