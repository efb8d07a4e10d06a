package org.jpeer.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCSessionDescription;
import org.jpeer.signaling.RoomClient;
import org.jpeer.signaling.SignalMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jpeer call}: one side of a call through a WebSocket room, with trickle ICE. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = "Joins a WebSocket room and calls the other member with test media (trickle ICE); --offer makes "
            + "this side the offerer (a 440 Hz tone; the answerer sends 660 Hz). --verify exits 1 unless the "
            + "other side's test media was received and verified.")
final class CallCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CallCommand.class);
    private static final Duration PEER_TIMEOUT = Duration.ofSeconds(60);
    private static final double DEFAULT_SECONDS = 5;

    @Spec
    private CommandSpec spec;

    @Option(names = "--ws", paramLabel = "URL", required = true, description = "The rooms URL, e.g. ws://127.0.0.1:8080/ws.")
    private URI ws;

    @Option(names = "--room", paramLabel = "NAME", required = true, description = "The room to join.")
    private String room;

    @Option(names = "--offer", description = "Make the offer (the other member answers).")
    private boolean offer;

    @Option(names = "--verify", description = "Exit 1 unless the other side's tone and video were received and verified.")
    private boolean verify;

    @Mixin
    private PeerOptions peerOptions;

    @Mixin
    private MediaOptions media;

    @Mixin
    private RunOptions run;

    private final CompletableFuture<Void> remoteDescriptionSet = new CompletableFuture<>();
    /**
     * Completed once the peer and the room's signals exist: the room may deliver a message (an offer
     * the other member sent before we joined) while {@code connect} is still returning.
     */
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    /** Incoming messages are applied one after the other: a candidate never overtakes its description. */
    private CompletableFuture<Void> incoming = ready;
    private MediaPeer peer;
    private RoomSignals signals;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        double seconds = run.duration(DEFAULT_SECONDS);
        double toneHz = offer ? LoopbackCommand.OFFERER_TONE_HZ : LoopbackCommand.ANSWERER_TONE_HZ;
        double expectedHz = offer ? LoopbackCommand.ANSWERER_TONE_HZ : LoopbackCommand.OFFERER_TONE_HZ;
        try (MediaPeer p = new MediaPeer(offer ? "offerer" : "answerer", new RTCPeerConnection(peerOptions.configuration()),
                toneHz, media, System.nanoTime());
             RoomClient client = RoomClient.connect(ws, room, this::onMessage).join()) {
            peer = p;
            signals = new RoomSignals(client);
            peer.pc.onIceCandidate(signals::sendCandidate);
            ready.complete(null);
            peer.startMedia();
            if (offer) {
                peer.pc.setLocalDescription(peer.pc.createOffer().join()).join();
                signals.sendDescription(peer.pc.localDescription());
            }
            out.println("joined room " + room + " as the " + (offer ? "offerer" : "answerer"));
            out.flush();
            try {
                remoteDescriptionSet.get(PEER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("room " + room + ": no " + (offer ? "answer" : "offer") + " in "
                        + PEER_TIMEOUT.toSeconds() + " s");
            }
            peer.awaitConnected(LoopbackCommand.CONNECT_TIMEOUT);
            TrafficMeter meter = new TrafficMeter(peer.name, peer.pc);
            StatusLine.show(out, seconds, meter::describe);
            peer.stopMedia();
            Thread.sleep(200);
            run.writeStats(peer.pc.getStats().join().toMap());
            client.send(new SignalMessage.Bye());
            out.println(peer.summary());
            if (verify) {
                List<String> problems = peer.verify(expectedHz, seconds);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("media not verified: " + String.join("; ", problems));
                }
                out.println("media verified");
            }
            return 0;
        }
    }

    private synchronized void onMessage(SignalMessage message) {
        incoming = incoming.thenCompose(v -> apply(message)).exceptionally(e -> {
            LOG.warn("room {}: {} failed: {}", room, message.type(), e.getMessage());
            remoteDescriptionSet.completeExceptionally(e);
            return null;
        });
    }

    private CompletableFuture<Void> apply(SignalMessage message) {
        RTCPeerConnection pc = peer.pc;
        if (message instanceof SignalMessage.Offer o) {
            return pc.setRemoteDescription(RTCSessionDescription.offer(o.sdp()))
                    .thenCompose(v -> pc.createAnswer())
                    .thenCompose(pc::setLocalDescription)
                    .thenRun(() -> {
                        signals.sendDescription(pc.localDescription());
                        remoteDescriptionSet.complete(null);
                    });
        }
        if (message instanceof SignalMessage.Answer a) {
            return pc.setRemoteDescription(RTCSessionDescription.answer(a.sdp()))
                    .thenRun(() -> remoteDescriptionSet.complete(null));
        }
        if (message instanceof SignalMessage.Candidate c) {
            return pc.addIceCandidate(CandidateMessages.toRtc(c));
        }
        if (message instanceof SignalMessage.ErrorMessage e) {
            return CompletableFuture.failedFuture(new IllegalStateException("room " + room + ": " + e.message()));
        }
        LOG.info("room {}: the other side left", room);
        return CompletableFuture.completedFuture(null);
    }
}
