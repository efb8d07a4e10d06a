package org.jpeer.cli;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.jpeer.signaling.WhipClient;
import org.jpeer.signaling.WhipSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The WHIP (and WHEP) exchange: {@code POST} the offer, {@code DELETE} the session at the end. */
final class WhipExchange implements OfferExchange {
    private static final Logger LOG = LoggerFactory.getLogger(WhipExchange.class);

    private final WhipClient client;
    private volatile WhipSession session;

    WhipExchange(URI endpoint, String token) {
        WhipClient.Builder builder = WhipClient.builder(endpoint);
        if (token != null) {
            builder.bearerToken(token);
        }
        this.client = builder.build();
    }

    @Override
    public CompletableFuture<String> exchange(String offerSdp) {
        return client.post(offerSdp).thenApply(s -> {
            session = s;
            return s.answerSdp();
        });
    }

    @Override
    public void hangUp() {
        if (session != null) {
            try {
                session.delete().join();
            } catch (RuntimeException e) {
                LOG.warn("DELETE {} failed: {}", session.location(), e.getMessage());
            }
        }
    }
}
