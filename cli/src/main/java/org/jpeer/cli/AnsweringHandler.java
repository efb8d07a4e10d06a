package org.jpeer.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jpeer.jsep.RTCConfiguration;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCPeerConnectionState;
import org.jpeer.jsep.RTCSessionDescription;
import org.jpeer.jsep.sdp.SdpParser;
import org.jpeer.signaling.BadOfferException;
import org.jpeer.signaling.Session;
import org.jpeer.signaling.SessionAnswer;
import org.jpeer.signaling.SessionContext;
import org.jpeer.signaling.SessionHandler;
import org.jpeer.signaling.TrickleIceSdpFrag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers each WHIP, WHEP or {@code /offer} request with a new connection: the answer carries every
 * candidate (it waits for gathering, so clients that do not trickle connect), trickled client
 * candidates are added, and the connection is closed when the session is deleted or fails.
 */
final class AnsweringHandler implements SessionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AnsweringHandler.class);

    private final RTCConfiguration config;
    private final SessionMedia media;

    AnsweringHandler(RTCConfiguration config, SessionMedia media) {
        this.config = config;
        this.media = media;
    }

    @Override
    public CompletableFuture<SessionAnswer> offer(String offerSdp, SessionContext context) {
        if (SdpParser.parse(offerSdp).media().isEmpty()) {
            throw new BadOfferException("offer has no media section (m= line)");
        }
        RTCPeerConnection pc = new RTCPeerConnection(config);
        PeerSession session = new PeerSession(pc);
        try {
            session.media = media.attach(pc);
        } catch (Exception e) {
            session.close();
            return CompletableFuture.failedFuture(e);
        }
        pc.onConnectionStateChange(state -> {
            if (state == RTCPeerConnectionState.FAILED) {
                String reason = pc.failureReason().orElse("connection failed");
                LOG.info("session {} ended: {}", context.sessionId(), reason);
                context.ended(reason);
                // Not on the connection's own thread, which close() waits for.
                CompletableFuture.runAsync(session::close);
            }
        });
        return pc.setRemoteDescription(RTCSessionDescription.offer(offerSdp))
                .thenCompose(v -> pc.createAnswer())
                .thenCompose(pc::setLocalDescription)
                .thenCompose(v -> pc.whenIceGatheringComplete())
                .thenApply(v -> new SessionAnswer(pc.localDescription().sdp(), session))
                .whenComplete((answer, failure) -> {
                    if (failure != null) {
                        session.close();
                    }
                });
    }

    /** One answered connection and the media attached to it. */
    private static final class PeerSession implements Session {
        private final RTCPeerConnection pc;
        private final AtomicBoolean closed = new AtomicBoolean();
        private AutoCloseable media;

        PeerSession(RTCPeerConnection pc) {
            this.pc = pc;
        }

        @Override
        public CompletableFuture<Void> trickle(TrickleIceSdpFrag fragment) {
            CompletableFuture<?>[] added = fragment.toCandidates().stream()
                    .map(CandidateMessages::toRtc)
                    .map(pc::addIceCandidate)
                    .toArray(CompletableFuture[]::new);
            return CompletableFuture.allOf(added);
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            if (media != null) {
                try {
                    media.close();
                } catch (Exception e) {
                    LOG.warn("closing session media failed", e);
                }
            }
            pc.close();
        }
    }
}
