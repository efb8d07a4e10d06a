package org.jpeer.ice;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Two in-process agents on 127.0.0.1 and what their callbacks reported. */
final class Peers implements AutoCloseable {
    final Side controlling;
    final Side controlled;

    Peers() {
        this(IceAgentConfig.defaults(), IceAgentConfig.defaults());
    }

    Peers(IceAgentConfig a, IceAgentConfig b) {
        this(IceAgent.create(a), IceAgent.create(b));
    }

    Peers(IceAgent controllingAgent, IceAgent controlledAgent) {
        controlling = new Side(controllingAgent);
        controlled = new Side(controlledAgent);
    }

    /** Trickles each side's candidates to the other as they are gathered. */
    Peers trickleBothWays() {
        controlling.candidates.forEachLater(controlled.agent::addRemoteCandidate);
        controlled.candidates.forEachLater(controlling.agent::addRemoteCandidate);
        return this;
    }

    Peers exchangeParameters() {
        controlling.agent.setRemoteParameters(controlled.agent.localParameters());
        controlled.agent.setRemoteParameters(controlling.agent.localParameters());
        return this;
    }

    Peers start() {
        controlling.agent.start(IceRole.CONTROLLING);
        controlled.agent.start(IceRole.CONTROLLED);
        return this;
    }

    Peers gather() {
        controlling.agent.startGathering();
        controlled.agent.startGathering();
        return this;
    }

    void awaitConnected() throws Exception {
        controlling.connected.get(5, TimeUnit.SECONDS);
        controlled.connected.get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        controlling.agent.close();
        controlled.agent.close();
    }

    static final class Side {
        final IceAgent agent;
        final Candidates candidates = new Candidates();
        final List<IceConnectionState> states = new CopyOnWriteArrayList<>();
        final List<IceGatheringState> gatheringStates = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> connected = new CompletableFuture<>();
        final CompletableFuture<Void> gathered = new CompletableFuture<>();
        final CompletableFuture<Void> failed = new CompletableFuture<>();
        final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();

        Side(IceAgent agent) {
            this.agent = agent;
            agent.onLocalCandidate(candidates::add);
            agent.onGatheringStateChange(s -> {
                gatheringStates.add(s);
                if (s == IceGatheringState.COMPLETE) {
                    gathered.complete(null);
                }
            });
            agent.onConnectionStateChange(s -> {
                states.add(s);
                if (s.isConnected()) {
                    connected.complete(null);
                } else if (s == IceConnectionState.FAILED) {
                    failed.complete(null);
                }
            });
        }

        void collectDatagrams() {
            agent.transport().setReceiver((buf, off, len) -> received.add(java.util.Arrays.copyOfRange(buf, off, off + len)));
        }

        byte[] nextDatagram() throws InterruptedException {
            return received.poll(5, TimeUnit.SECONDS);
        }
    }

    /** Candidates seen so far, plus a consumer that gets both those and every later one. */
    static final class Candidates {
        private final List<IceCandidate> seen = new CopyOnWriteArrayList<>();
        private final List<java.util.function.Consumer<IceCandidate>> sinks = new CopyOnWriteArrayList<>();

        synchronized void add(IceCandidate c) {
            seen.add(c);
            sinks.forEach(s -> s.accept(c));
        }

        synchronized void forEachLater(java.util.function.Consumer<IceCandidate> sink) {
            seen.forEach(sink);
            sinks.add(sink);
        }

        List<IceCandidate> all() {
            return List.copyOf(seen);
        }
    }
}
