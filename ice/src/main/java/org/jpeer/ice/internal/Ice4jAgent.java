package org.jpeer.ice.internal;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.IceProcessingState;
import org.jpeer.ice.CandidatePair;
import org.jpeer.ice.IceAgent;
import org.jpeer.ice.IceAgentConfig;
import org.jpeer.ice.IceCandidate;
import org.jpeer.ice.IceConnectionState;
import org.jpeer.ice.IceGatheringState;
import org.jpeer.ice.IceParameters;
import org.jpeer.ice.IceRole;
import org.jpeer.ice.IceTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link IceAgent} over ice4j: one {@link Generation} (an ice4j agent with one stream and one
 * component, everything being bundled and RTCP-muxed in WebRTC) at a time, two during an ICE restart.
 *
 * <p>The <em>active</em> generation carries traffic and decides the reported state; the
 * <em>newest</em> one takes the remote parameters and candidates. They differ only between
 * {@link #restart()} and the moment the new generation has selected a pair: then the transport
 * switches to it (make-before-break) and the old generation is closed a little later, so that
 * datagrams the peer still sent on the old pair arrive.
 *
 * <p>API calls take {@link #lock}; ice4j's callbacks never do (they post to the event thread or
 * touch the transport), so ice4j's locks and ours are never taken in opposite orders.
 */
public final class Ice4jAgent implements IceAgent, Generation.Events {
    private static final Logger LOG = LoggerFactory.getLogger(Ice4jAgent.class);
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final long CONSENT_POLL_MILLIS = 500;
    /** How long a replaced generation keeps receiving what the peer sent before it switched too. */
    static final long RETIRE_AFTER_MILLIS = 1_000;

    private final int id = IDS.incrementAndGet();
    private final Object lock = new Object();
    private final IceAgentConfig config;
    private final RttTracker rttTracker = new RttTracker(System::nanoTime);
    /** Wall-clock milliseconds for consent, the clock ice4j stamps consent with; shifted in tests. */
    private final LongSupplier clock;
    private final SelectedPairTransport transport;
    private final ScheduledThreadPoolExecutor events;
    private final ConnectionStateMachine states = new ConnectionStateMachine();
    private final EarlyCandidates early = new EarlyCandidates();
    private final LongAdder retiredDrops = new LongAdder();

    private volatile Consumer<IceCandidate> candidateListener = c -> { };
    private volatile Consumer<IceGatheringState> gatheringListener = s -> { };
    private volatile Consumer<IceConnectionState> connectionListener = s -> { };

    private volatile IceGatheringState gatheringState = IceGatheringState.NEW;
    private volatile Generation active;
    private volatile Generation newest;
    private final List<Generation> retiring = new ArrayList<>();
    private IceRole role;
    private boolean closed;
    private ScheduledFuture<?> consentPoll;
    private volatile long consentSince;
    /** Guarded by {@link #states}. */
    private IceConnectionState lastQueued = IceConnectionState.NEW;

    private Ice4jAgent(IceAgentConfig config, LongSupplier clock) {
        this.config = config;
        this.clock = clock;
        this.events = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "jpeer-ice-events-" + id);
            t.setDaemon(true);
            return t;
        });
        // On close, queued listener calls still run (CLOSED is reported) but a pending retirement
        // does not: close() frees every generation itself.
        events.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.transport = new SelectedPairTransport(this::selectedPair, this::socketDrops);
        this.active = newGeneration(0);
        this.newest = active;
    }

    /** Applies ice4j's defaults (no AWS probe, no other interfaces, quiet logs) before the agent exists. */
    public static Ice4jAgent create(IceAgentConfig config) {
        return create(config, System::currentTimeMillis);
    }

    /**
     * An agent that judges consent by {@code clock} (milliseconds, and never behind the wall clock,
     * which ice4j stamps consent with): tests move it ahead to reach the 30 s expiry at once.
     */
    public static Ice4jAgent create(IceAgentConfig config, LongSupplier clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Ice4jDefaults.apply();
        return new Ice4jAgent(config, clock);
    }

    /**
     * Fault injection: while blocked, every datagram arriving for this agent is dropped (and counted)
     * before ice4j or the receiver sees it, as on a path that broke.
     */
    public void blockInbound(boolean blocked) {
        transport.receiving(!blocked);
    }

    private Generation newGeneration(int number) {
        return new Generation(number == 0 ? Integer.toString(id) : id + "." + number, number, config, rttTracker,
                transport, this);
    }

    /** The newest ice4j agent underneath, for tests that check how it was configured. */
    Agent ice4jAgent() {
        return newest.ice4jAgent();
    }

    @Override
    public IceParameters localParameters() {
        return newest.localParameters();
    }

    @Override
    public void onLocalCandidate(Consumer<IceCandidate> listener) {
        candidateListener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void onGatheringStateChange(Consumer<IceGatheringState> listener) {
        gatheringListener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void onConnectionStateChange(Consumer<IceConnectionState> listener) {
        connectionListener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void startGathering() {
        synchronized (lock) {
            requireOpen();
            if (newest.gatheringStarted()) {
                throw new IllegalStateException("gathering already started");
            }
            setGatheringState(IceGatheringState.GATHERING);
            newest.startGathering();
        }
    }

    @Override
    public void setRemoteParameters(IceParameters remote) {
        Objects.requireNonNull(remote, "remote");
        synchronized (lock) {
            newest.setRemoteParameters(remote);
            early.take(remote.ufrag()).forEach(newest::addRemoteCandidate);
        }
    }

    /**
     * Sends {@code candidate} to the generation whose remote ufrag it names; one naming a ufrag not
     * known yet (a peer's restart can trickle before its description arrives) waits for it.
     */
    @Override
    public void addRemoteCandidate(IceCandidate candidate) {
        Objects.requireNonNull(candidate, "candidate");
        synchronized (lock) {
            if (closed) {
                return;
            }
            Optional<String> ufrag = candidate.extension("ufrag");
            if (ufrag.isEmpty() || isRemoteUfrag(newest, ufrag.get())) {
                newest.addRemoteCandidate(candidate);
            } else if (isRemoteUfrag(active, ufrag.get())) {
                active.addRemoteCandidate(candidate);
            } else {
                early.keep(ufrag.get(), candidate);
            }
        }
    }

    private static boolean isRemoteUfrag(Generation g, String ufrag) {
        return g.remoteParameters().map(p -> p.ufrag().equals(ufrag)).orElse(true);
    }

    @Override
    public void endOfRemoteCandidates() {
        updateConnectionState(ConnectionStateMachine::onEndOfRemoteCandidates);
    }

    @Override
    public void start(IceRole newRole) {
        Objects.requireNonNull(newRole, "role");
        synchronized (lock) {
            if (role != null) {
                throw new IllegalStateException("already started as " + role);
            }
            role = newRole;
            newest.start(newRole);
        }
    }

    @Override
    public IceParameters restart() {
        Generation replaced;
        Generation next;
        synchronized (lock) {
            requireOpen();
            replaced = newest != active ? newest : null;
            next = newGeneration(newest.number() + 1);
            newest = next;
            if (role != null) {
                next.start(role);
            }
            if (gatheringState != IceGatheringState.NEW) {
                setGatheringState(IceGatheringState.GATHERING);
                next.startGathering();
            }
        }
        if (replaced != null) {
            // A restart during a restart: the pending generation never carried traffic.
            retire(replaced, 0);
        }
        LOG.debug("agent {} restarting ICE (generation {})", id, next.number());
        return next.localParameters();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("agent is closed");
        }
    }

    @Override
    public IceGatheringState gatheringState() {
        return gatheringState;
    }

    @Override
    public IceConnectionState connectionState() {
        return states.state();
    }

    @Override
    public IceTransport transport() {
        return transport;
    }

    @Override
    public Optional<CandidatePair> selectedPair() {
        Generation g = active;
        return g.ice4jSelectedPair().map(pair -> {
            TransportAddress remote = pair.getRemoteCandidate().getTransportAddress();
            return new CandidatePair(g.toIceCandidate(pair.getLocalCandidate()), g.toIceCandidate(pair.getRemoteCandidate()),
                    rttTracker.latest(new InetSocketAddress(remote.getAddress(), remote.getPort())));
        });
    }

    private long socketDrops() {
        Generation a = active;
        Generation n = newest;
        return retiredDrops.sum() + a.socketDrops() + (n == a ? 0 : n.socketDrops());
    }

    // ---- generation events: ice4j and gathering threads, never under our lock ----

    @Override
    public void localCandidate(Generation g, IceCandidate candidate) {
        if (g == newest) {
            post(() -> candidateListener.accept(candidate));
        }
    }

    @Override
    public void gatheringComplete(Generation g) {
        if (g == newest) {
            setGatheringState(IceGatheringState.COMPLETE);
        }
    }

    @Override
    public void ice4jState(Generation g, IceProcessingState s) {
        if (g == active) {
            refreshRoute(g, null);
            if (s.isEstablished()) {
                startConsentPoll();
            }
            updateConnectionState(m -> m.onIce4jState(s));
        } else if (g == newest && s.isEstablished()) {
            post(() -> promote(g, s));
        }
    }

    @Override
    public void pairValidated(Generation g, org.ice4j.ice.CandidatePair pair) {
        if (g == active) {
            refreshRoute(g, pair);
        }
    }

    /** Make-before-break: the restarted generation has a selected pair, so traffic moves to it. */
    private void promote(Generation g, IceProcessingState s) {
        Generation old;
        synchronized (lock) {
            if (closed || g != newest || g == active) {
                return;
            }
            old = active;
            active = g;
        }
        consentSince = clock.getAsLong();
        g.ice4jSelectedPair().flatMap(g::routeFor).ifPresent(transport::route);
        transport.sendingAllowed(true);
        updateConnectionState(m -> m.onIce4jState(s));
        startConsentPoll();
        LOG.debug("agent {} switched to generation {}", id, g.number());
        retire(old, RETIRE_AFTER_MILLIS);
    }

    private void retire(Generation g, long afterMillis) {
        synchronized (lock) {
            retiring.add(g);
        }
        Runnable close = () -> {
            synchronized (lock) {
                if (!retiring.remove(g)) {
                    return;
                }
            }
            long drops = g.socketDrops();
            g.close();
            retiredDrops.add(drops);
        };
        try {
            events.schedule(close, afterMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            close.run();
        }
    }

    /** Sends on the selected pair; before one is selected, on the first pair that passed its checks. */
    private void refreshRoute(Generation g, org.ice4j.ice.CandidatePair validPair) {
        Optional<org.ice4j.ice.CandidatePair> selected = g.ice4jSelectedPair();
        if (selected.isEmpty() && (transport.route() != null || validPair == null)) {
            return;
        }
        g.routeFor(selected.orElse(validPair))
                .filter(route -> !route.equals(transport.route()))
                .ifPresent(transport::route);
    }

    private void startConsentPoll() {
        synchronized (lock) {
            if (consentPoll != null || closed || !config.consentFreshness()) {
                return;
            }
            consentSince = clock.getAsLong();
            consentPoll = events.scheduleWithFixedDelay(this::pollConsent,
                    CONSENT_POLL_MILLIS, CONSENT_POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void pollConsent() {
        Optional<org.ice4j.ice.CandidatePair> pair = active.ice4jSelectedPair();
        if (pair.isEmpty()) {
            return;
        }
        long last = Math.max(consentSince, pair.get().getConsentFreshness());
        ConsentMonitor.Status status = ConsentMonitor.evaluate(clock.getAsLong(), last);
        if (status == ConsentMonitor.Status.EXPIRED) {
            transport.sendingAllowed(false);
        }
        updateConnectionState(m -> m.onConsent(status));
    }

    // ---- events ----

    private void setGatheringState(IceGatheringState s) {
        if (gatheringState == s) {
            return;
        }
        gatheringState = s;
        post(() -> gatheringListener.accept(s));
    }

    /**
     * Feeds the state machine and queues the listener call under the same monitor, so that
     * transitions reported by different ice4j threads reach the listener in the order they happened.
     */
    private void updateConnectionState(Function<ConnectionStateMachine, IceConnectionState> input) {
        synchronized (states) {
            IceConnectionState s = input.apply(states);
            if (s != lastQueued) {
                lastQueued = s;
                post(() -> connectionListener.accept(s));
            }
        }
    }

    private void post(Runnable r) {
        try {
            events.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.warn("ICE event listener threw", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("agent {} closed; event dropped", id);
        }
    }

    @Override
    public void close() {
        List<Generation> toClose;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (consentPoll != null) {
                consentPoll.cancel(false);
            }
            toClose = new ArrayList<>(retiring);
            retiring.clear();
            toClose.add(active);
            if (newest != active) {
                toClose.add(newest);
            }
        }
        // CLOSED first, so that ice4j's own TERMINATED on free() is not reported.
        updateConnectionState(ConnectionStateMachine::onClose);
        transport.close();
        toClose.forEach(Generation::close);
        events.shutdown();
        if (!Thread.currentThread().getName().equals("jpeer-ice-events-" + id)) {
            try {
                events.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.debug("agent {} closed", id);
    }
}
