package org.jpeer.ice.internal;

import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.CheckList;
import org.ice4j.ice.Component;
import org.ice4j.ice.IceMediaStream;
import org.ice4j.ice.IceProcessingState;
import org.ice4j.ice.KeepAliveStrategy;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.NominationStrategy;
import org.ice4j.ice.RelayedCandidate;
import org.ice4j.ice.RemoteCandidate;
import org.jpeer.ice.CandidatePair;
import org.jpeer.ice.IceAgent;
import org.jpeer.ice.IceAgentConfig;
import org.jpeer.ice.IceCandidate;
import org.jpeer.ice.IceConnectionState;
import org.jpeer.ice.IceGatheringState;
import org.jpeer.ice.IceParameters;
import org.jpeer.ice.IceRole;
import org.jpeer.ice.IceTransport;
import org.jpeer.ice.IceTransportPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link IceAgent} over one ice4j {@link Agent} with one stream and one component (everything is
 * bundled and RTCP-muxed in WebRTC).
 *
 * <p>API calls take {@link #lock}; ice4j's callbacks never do (they only post to the event thread or
 * touch the transport), so ice4j's locks and ours are never taken in opposite orders.
 */
public final class Ice4jAgent implements IceAgent {
    private static final Logger LOG = LoggerFactory.getLogger(Ice4jAgent.class);
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final long CONSENT_POLL_MILLIS = 500;

    private final int id = IDS.incrementAndGet();
    private final Object lock = new Object();
    private final IceAgentConfig config;
    private final Agent agent;
    private final IceMediaStream stream;
    private final AllowedAddressHarvester hostHarvester;
    private final RelayEndpoints relays;
    private final boolean relayOnly;
    private final ServerHarvesters serverHarvesters;
    private final RttTracker rttTracker = new RttTracker(System::nanoTime);
    private final SelectedPairTransport transport;
    private final ScheduledExecutorService events;
    private final ConnectionStateMachine states = new ConnectionStateMachine();
    private final IceParameters localParameters;

    private volatile Consumer<IceCandidate> candidateListener = c -> { };
    private volatile Consumer<IceGatheringState> gatheringListener = s -> { };
    private volatile Consumer<IceConnectionState> connectionListener = s -> { };

    private volatile IceGatheringState gatheringState = IceGatheringState.NEW;
    private volatile Component component;
    private final List<IceCandidate> pendingRemote = new ArrayList<>();
    private final Set<InetSocketAddress> remoteAddresses = new HashSet<>();
    private final List<RemoteCandidate> remoteCandidates = new ArrayList<>();
    private IceParameters remoteParameters;
    private IceRole role;
    private boolean checksStarted;
    private boolean closed;
    private Thread gatherThread;
    private ScheduledFuture<?> consentPoll;
    /** Guarded by {@link #states}. */
    private IceConnectionState lastQueued = IceConnectionState.NEW;

    private Ice4jAgent(IceAgentConfig config) {
        this.config = config;
        this.events = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jpeer-ice-events-" + id);
            t.setDaemon(true);
            return t;
        });
        this.transport = new SelectedPairTransport(this::selectedPair, this::socketDrops);
        this.agent = new Agent();
        this.localParameters = new IceParameters(agent.getLocalUfrag(), agent.getLocalPassword());
        Secrets.register(localParameters.ufrag());
        Secrets.register(localParameters.pwd());
        agent.setTrickling(true);
        agent.setUseDynamicPorts(false);
        agent.setPerformConsentFreshness(config.consentFreshness());
        agent.setNominationStrategy(NominationStrategy.NOMINATE_FIRST_VALID);
        agent.setTa(config.checkInterval().toMillis());
        this.relayOnly = config.iceTransportPolicy() == IceTransportPolicy.RELAY;
        this.relays = new RelayEndpoints(transport);
        this.hostHarvester = new AllowedAddressHarvester(config.allowedAddresses(), rttTracker, transport, !relayOnly);
        agent.addCandidateHarvester(hostHarvester);
        this.serverHarvesters = ServerHarvesters.from(config.iceServers());
        serverHarvesters.harvesters().forEach(agent::addCandidateHarvester);
        this.stream = agent.createMediaStream("jpeer-" + id);
        stream.addPairChangeListener(this::onPairChange);
        agent.addStateChangeListener(this::onIce4jStateChange);
    }

    /** Applies ice4j's defaults (no AWS probe, no other interfaces, quiet logs) before the agent exists. */
    public static Ice4jAgent create(IceAgentConfig config) {
        Objects.requireNonNull(config, "config");
        Ice4jDefaults.apply();
        return new Ice4jAgent(config);
    }

    /** The ice4j agent underneath, for tests that check how it was configured. */
    Agent ice4jAgent() {
        return agent;
    }

    @Override
    public IceParameters localParameters() {
        return localParameters;
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
        List<LocalCandidate> hosts;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("agent is closed");
            }
            if (component != null) {
                throw new IllegalStateException("gathering already started");
            }
            setGatheringState(IceGatheringState.GATHERING);
            try {
                component = agent.createComponent(stream, KeepAliveStrategy.SELECTED_ONLY, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            hosts = component.getLocalCandidates();
            hosts.forEach(this::emitLocalCandidate);
            pendingRemote.forEach(this::addToComponent);
            pendingRemote.clear();
            tryStartChecks();
            if (serverHarvesters.isEmpty()) {
                setGatheringState(IceGatheringState.COMPLETE);
            } else {
                gatherThread = new Thread(this::gatherFromServers, "jpeer-ice-gather-" + id);
                gatherThread.setDaemon(true);
                gatherThread.start();
            }
        }
        LOG.debug("agent {} gathering: {} host candidate(s)", id, hosts.size());
    }

    private void gatherFromServers() {
        try {
            agent.startCandidateTrickle(candidates -> {
                if (candidates == null) {
                    setGatheringState(IceGatheringState.COMPLETE);
                } else {
                    candidates.forEach(this::emitLocalCandidate);
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("agent {} server gathering failed", id, e);
            setGatheringState(IceGatheringState.COMPLETE);
        }
    }

    @Override
    public void setRemoteParameters(IceParameters remote) {
        Objects.requireNonNull(remote, "remote");
        synchronized (lock) {
            Secrets.register(remote.ufrag());
            Secrets.register(remote.pwd());
            remoteParameters = remote;
            stream.setRemoteUfrag(remote.ufrag());
            stream.setRemotePassword(remote.pwd());
            tryStartChecks();
        }
    }

    @Override
    public void addRemoteCandidate(IceCandidate candidate) {
        Objects.requireNonNull(candidate, "candidate");
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (component == null) {
                pendingRemote.add(candidate);
                return;
            }
            addToComponent(candidate);
            tryStartChecks();
        }
    }

    private void addToComponent(IceCandidate candidate) {
        Optional<RemoteCandidate> converted = Candidates.toRemote(candidate, component);
        if (converted.isEmpty()) {
            LOG.debug("agent {} ignores remote {} {} candidate (unusable here; learned from checks if reachable)",
                    id, candidate.transport(), candidate.type().sdpName());
            return;
        }
        RemoteCandidate remote = converted.get();
        TransportAddress address = remote.getTransportAddress();
        if (!remoteAddresses.add(address)) {
            return;
        }
        transport.authorize(address);
        remoteCandidates.add(remote);
        if (checksStarted) {
            component.addUpdateRemoteCandidates(remote);
            component.updateRemoteCandidates();
        } else {
            component.addRemoteCandidate(remote);
        }
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
            agent.setControlling(newRole == IceRole.CONTROLLING);
            tryStartChecks();
        }
    }

    /**
     * Starts ice4j's checks once role, remote credentials and local sockets exist, even without a
     * remote candidate: the peer's checks then teach us its address as peer-reflexive (the
     * {@code .local} case), and trickled candidates join the running check list.
     */
    private void tryStartChecks() {
        if (!checksStarted && !closed && role != null && remoteParameters != null && component != null) {
            checksStarted = true;
            agent.startConnectivityEstablishment();
        }
    }

    /**
     * ice4j pairs local candidates with remote ones only when a remote candidate arrives (and ignores
     * one it already has), so a relayed candidate allocated after the peer's candidates came would
     * never be checked. This adds its pairs to the running check list the way ice4j adds trickled
     * ones. Runs on the event thread, which holds no ice4j lock.
     */
    private void pairLateLocalCandidate(RelayedCandidate local) {
        synchronized (lock) {
            if (!checksStarted || closed) {
                return;
            }
            CheckList checkList = stream.getCheckList();
            synchronized (checkList) {
                for (RemoteCandidate remote : remoteCandidates) {
                    if (local.canReach(remote) && checkList.findPairMatching(local, remote) == null) {
                        checkList.add(new org.ice4j.ice.CandidatePair(local, remote));
                    }
                }
            }
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
        Component c = component;
        org.ice4j.ice.CandidatePair pair = c == null ? null : c.getSelectedPair();
        if (pair == null) {
            return Optional.empty();
        }
        TransportAddress remote = pair.getRemoteCandidate().getTransportAddress();
        return Optional.of(new CandidatePair(
                Candidates.toIceCandidate(pair.getLocalCandidate()),
                Candidates.toIceCandidate(pair.getRemoteCandidate()),
                rttTracker.latest(new InetSocketAddress(remote.getAddress(), remote.getPort()))));
    }

    private long socketDrops() {
        long n = relays.drops();
        for (UdpEndpoint e : hostHarvester.endpoints()) {
            n += e.garbage.sum() + e.stunDropped.sum() + e.readErrors.sum();
        }
        return n;
    }

    // ---- ice4j callbacks: ice4j threads, never under our lock ----

    private void onIce4jStateChange(PropertyChangeEvent event) {
        if (!(event.getNewValue() instanceof IceProcessingState s)) {
            return;
        }
        refreshRoute(null);
        if (s.isEstablished()) {
            startConsentPoll();
        }
        updateConnectionState(m -> m.onIce4jState(s));
    }

    private void onPairChange(PropertyChangeEvent event) {
        if (event.getSource() instanceof org.ice4j.ice.CandidatePair pair && pair.isValid()) {
            transport.authorize(pair.getRemoteCandidate().getTransportAddress());
            refreshRoute(pair);
        } else {
            refreshRoute(null);
        }
    }

    /** Sends on the selected pair; before one is selected, on the first pair that passed its checks. */
    private void refreshRoute(org.ice4j.ice.CandidatePair validPair) {
        Component c = component;
        if (c == null) {
            return;
        }
        org.ice4j.ice.CandidatePair pair = c.getSelectedPair();
        if (pair == null) {
            if (transport.route() != null) {
                return;
            }
            pair = validPair;
        }
        if (pair != null) {
            SelectedPairTransport.Route route = routeFor(pair);
            if (route != null && !route.equals(transport.route())) {
                transport.route(route);
            }
        }
    }

    private SelectedPairTransport.Route routeFor(org.ice4j.ice.CandidatePair pair) {
        LocalCandidate local = pair.getLocalCandidate();
        LocalCandidate base = local.getBase() == null ? local : local.getBase();
        DatagramOut out;
        if (base instanceof EndpointHostCandidate host) {
            out = host.endpoint();
        } else if (base instanceof RelayedCandidate relayed) {
            out = relays.find(relayed).orElse(null);
        } else {
            out = null;
        }
        if (out == null) {
            return null;
        }
        TransportAddress remote = pair.getRemoteCandidate().getTransportAddress();
        return new SelectedPairTransport.Route(out, new InetSocketAddress(remote.getAddress(), remote.getPort()));
    }

    private void startConsentPoll() {
        synchronized (lock) {
            if (consentPoll != null || closed || !config.consentFreshness()) {
                return;
            }
            long start = System.currentTimeMillis();
            consentPoll = events.scheduleWithFixedDelay(() -> pollConsent(start),
                    CONSENT_POLL_MILLIS, CONSENT_POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void pollConsent(long connectedAt) {
        Component c = component;
        org.ice4j.ice.CandidatePair pair = c == null ? null : c.getSelectedPair();
        if (pair == null) {
            return;
        }
        long last = Math.max(connectedAt, pair.getConsentFreshness());
        ConsentMonitor.Status status = ConsentMonitor.evaluate(System.currentTimeMillis(), last);
        if (status == ConsentMonitor.Status.EXPIRED) {
            transport.sendingAllowed(false);
        }
        updateConnectionState(m -> m.onConsent(status));
    }

    // ---- events ----

    /** Trickles {@code candidate}, and opens the media path of a relayed one before the peer can use it. */
    private void emitLocalCandidate(LocalCandidate candidate) {
        if (candidate instanceof RelayedCandidate relayed) {
            if (!relays.open(relayed)) {
                return;
            }
            post(() -> pairLateLocalCandidate(relayed));
        } else if (relayOnly) {
            return;
        }
        IceCandidate c = Candidates.toIceCandidate(candidate);
        post(() -> candidateListener.accept(c));
    }

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
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("agent {} closed; event dropped", id);
        }
    }

    @Override
    public void close() {
        Thread gatherer;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            gatherer = gatherThread;
            if (consentPoll != null) {
                consentPoll.cancel(false);
            }
        }
        // CLOSED first, so that ice4j's own TERMINATED on free() is not reported.
        updateConnectionState(ConnectionStateMachine::onClose);
        transport.close();
        agent.free();
        relays.closeAll();
        hostHarvester.closeAll();
        if (gatherer != null) {
            gatherer.interrupt();
            join(gatherer);
        }
        Secrets.forget(localParameters.ufrag());
        Secrets.forget(localParameters.pwd());
        IceParameters remote = remoteParameters;
        if (remote != null) {
            Secrets.forget(remote.ufrag());
            Secrets.forget(remote.pwd());
        }
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

    private static void join(Thread t) {
        try {
            t.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
