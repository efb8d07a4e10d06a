package org.jpeer.cli;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jpeer.ice.IceConnectionState;
import org.jpeer.jsep.RTCPeerConnection;
import org.jpeer.jsep.RTCPeerConnectionState;
import org.jpeer.jsep.RTCSessionDescription;

/**
 * Watches a client connection's state (it takes the connection's state listener) so that a command
 * can wait for it to connect and, when it does not, say why in one line.
 */
final class ConnectionWatch {
    private final String name;
    private final RTCPeerConnection pc;
    private final CompletableFuture<RTCPeerConnectionState> settled = new CompletableFuture<>();
    private final CompletableFuture<RTCPeerConnectionState> ended = new CompletableFuture<>();
    private volatile long connectedNanos;

    ConnectionWatch(String name, RTCPeerConnection pc) {
        this.name = name;
        this.pc = pc;
        pc.onConnectionStateChange(this::onState);
    }

    private void onState(RTCPeerConnectionState state) {
        if (state == RTCPeerConnectionState.CONNECTED && connectedNanos == 0) {
            connectedNanos = System.nanoTime();
        }
        boolean over = state == RTCPeerConnectionState.FAILED || state == RTCPeerConnectionState.CLOSED;
        if (state == RTCPeerConnectionState.CONNECTED || over) {
            settled.complete(state);
        }
        if (over) {
            ended.complete(state);
        }
    }

    /** {@link System#nanoTime()} when it connected, 0 before. */
    long connectedNanos() {
        return connectedNanos;
    }

    /** Completes when the connection fails or closes after having settled. */
    CompletableFuture<RTCPeerConnectionState> ended() {
        return ended;
    }

    /**
     * Waits until connected; otherwise fails with one line that says why, such as
     * {@code ICE failed: no candidate pair succeeded in 10 s (3 local, 0 remote candidates)}.
     */
    void awaitConnected(Duration timeout) throws InterruptedException {
        RTCPeerConnectionState state;
        try {
            state = settled.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            IceConnectionState ice = pc.iceConnectionState();
            throw new IllegalStateException(ice == IceConnectionState.CONNECTED || ice == IceConnectionState.COMPLETED
                    ? name + ": ICE connected but DTLS did not complete in " + timeout.toSeconds() + " s"
                    : "ICE failed: no candidate pair succeeded in " + timeout.toSeconds() + " s ("
                            + count(pc.localDescription()) + " local, " + count(pc.remoteDescription())
                            + " remote candidates)");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (state != RTCPeerConnectionState.CONNECTED) {
            throw new IllegalStateException(pc.failureReason().orElse(name + ": connection " + state.w3cName()));
        }
    }

    private static long count(RTCSessionDescription d) {
        return d == null ? 0 : d.sdp().lines().filter(l -> l.startsWith("a=candidate:")).count();
    }
}
