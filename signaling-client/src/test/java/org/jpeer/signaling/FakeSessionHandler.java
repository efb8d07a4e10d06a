package org.jpeer.signaling;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A canned answerer: answers every offer with {@link #ANSWER} from another thread (as a peer connection's
 * executor would), unless told to refuse, and records what each session received.
 */
final class FakeSessionHandler implements SessionHandler {
    static final String ANSWER = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

    final List<String> offers = new CopyOnWriteArrayList<>();
    final ConcurrentHashMap<String, FakeSession> sessions = new ConcurrentHashMap<>();
    final AtomicInteger closed = new AtomicInteger();
    private final Executor executor;
    private volatile Function<String, CompletableFuture<SessionAnswer>> override;
    private volatile boolean trickleSupported = true;

    FakeSessionHandler(Executor executor) {
        this.executor = executor;
    }

    /** Replaces the canned behaviour, e.g. with a failed future. */
    FakeSessionHandler answerWith(Function<String, CompletableFuture<SessionAnswer>> behaviour) {
        this.override = behaviour;
        return this;
    }

    FakeSessionHandler withoutTrickle() {
        this.trickleSupported = false;
        return this;
    }

    @Override
    public CompletableFuture<SessionAnswer> offer(String offerSdp, SessionContext context) {
        offers.add(offerSdp);
        if (override != null) {
            return override.apply(offerSdp);
        }
        FakeSession session = new FakeSession(context);
        sessions.put(context.sessionId(), session);
        return CompletableFuture.supplyAsync(() -> new SessionAnswer(ANSWER, session), executor);
    }

    final class FakeSession implements Session {
        final SessionContext context;
        final List<TrickleIceSdpFrag> trickles = new CopyOnWriteArrayList<>();
        volatile boolean isClosed;

        FakeSession(SessionContext context) {
            this.context = context;
        }

        @Override
        public CompletableFuture<Void> trickle(TrickleIceSdpFrag fragment) {
            if (!trickleSupported) {
                return Session.super.trickle(fragment);
            }
            if (fragment.media().isEmpty()) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("no media section"));
            }
            trickles.add(fragment);
            return CompletableFuture.runAsync(() -> { }, executor);
        }

        @Override
        public void close() {
            isClosed = true;
            closed.incrementAndGet();
        }
    }
}
