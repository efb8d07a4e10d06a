package org.jpeer.ice.internal;

import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.jpeer.ice.IceAgentConfig;
import org.jpeer.ice.IceCandidate;
import org.jpeer.ice.IceParameters;
import org.jpeer.ice.IceRole;
import org.jpeer.ice.IceTransportPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ICE generation: an ice4j {@link Agent} with its credentials, sockets, TURN allocations, remote
 * candidates and checks. An ICE restart is a new generation (ice4j cannot restart an agent), which
 * is why this is separate from the {@link Ice4jAgent} that outlives generations.
 *
 * <p>API calls take {@link #lock}; ice4j's callbacks never do (they go straight to {@link Events}),
 * so ice4j's locks and ours are never taken in opposite orders.
 */
final class Generation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Generation.class);

    /** What a generation reports to its owner; called on ice4j's or the gathering thread. */
    interface Events {
        void localCandidate(Generation g, IceCandidate candidate);

        void gatheringComplete(Generation g);

        void ice4jState(Generation g, IceProcessingState state);

        void pairValidated(Generation g, org.ice4j.ice.CandidatePair pair);
    }

    private final String name;
    private final int number;
    private final Object lock = new Object();
    private final Agent agent;
    private final IceMediaStream stream;
    private final AllowedAddressHarvester hostHarvester;
    private final ServerHarvesters serverHarvesters;
    private final RelayEndpoints relays;
    private final boolean relayOnly;
    private final IceParameters localParameters;
    private final List<IceCandidate.Extension> extensions;
    private final Events events;

    private volatile Component component;
    private final List<IceCandidate> pendingRemote = new ArrayList<>();
    private final Set<InetSocketAddress> remoteAddresses = new HashSet<>();
    private final List<RemoteCandidate> remoteCandidates = new ArrayList<>();
    private final SelectedPairTransport transport;
    private volatile IceParameters remoteParameters;
    private IceRole role;
    private boolean checksStarted;
    private boolean closed;
    private Thread gatherThread;

    /**
     * @param name for threads and logs, e.g. {@code 3} or {@code 3.1} (agent 3, first restart)
     * @param number 0 for the first generation, then one more per restart
     */
    Generation(String name, int number, IceAgentConfig config, RttTracker rttTracker, SelectedPairTransport transport,
               Events events) {
        this.name = name;
        this.number = number;
        this.transport = transport;
        this.events = events;
        this.agent = new Agent();
        this.localParameters = new IceParameters(agent.getLocalUfrag(), agent.getLocalPassword());
        Secrets.register(localParameters.ufrag());
        Secrets.register(localParameters.pwd());
        this.extensions = Candidates.extensions(number, localParameters.ufrag());
        agent.setTrickling(true);
        agent.setUseDynamicPorts(false);
        agent.setPerformConsentFreshness(config.consentFreshness());
        agent.setNominationStrategy(NominationStrategy.NOMINATE_FIRST_VALID);
        agent.setTa(config.checkInterval().toMillis());
        this.relayOnly = config.iceTransportPolicy() == IceTransportPolicy.RELAY;
        this.relays = new RelayEndpoints(rttTracker, transport);
        this.hostHarvester = hostHarvester(config, rttTracker, transport, localParameters.ufrag(), !relayOnly);
        agent.addCandidateHarvester(hostHarvester);
        this.serverHarvesters = ServerHarvesters.from(config.iceServers(), relays);
        serverHarvesters.harvesters().forEach(agent::addCandidateHarvester);
        this.stream = agent.createMediaStream("jpeer-" + name);
        stream.addPairChangeListener(this::onPairChange);
        agent.addStateChangeListener(this::onIce4jStateChange);
    }

    /** Sockets of our own on every allowed address, or one share of the configured mux. */
    private static AllowedAddressHarvester hostHarvester(IceAgentConfig config, RttTracker rttTracker,
                                                         SelectedPairTransport transport, String ufrag, boolean pairable) {
        if (config.udpMux() instanceof UdpMux mux) {
            return new AllowedAddressHarvester(List.of(mux.localAddress().getAddress()),
                    address -> mux.register(ufrag, rttTracker, transport), pairable);
        }
        return new AllowedAddressHarvester(config.allowedAddresses(),
                address -> UdpEndpoint.open(address, rttTracker, transport), pairable);
    }

    /** The ice4j agent underneath, for tests that check how it was configured. */
    Agent ice4jAgent() {
        return agent;
    }

    int number() {
        return number;
    }

    IceParameters localParameters() {
        return localParameters;
    }

    Optional<IceParameters> remoteParameters() {
        return Optional.ofNullable(remoteParameters);
    }

    /** Binds the host sockets and, if servers are configured, starts asking them; at most once. */
    void startGathering() {
        List<LocalCandidate> hosts;
        synchronized (lock) {
            if (component != null) {
                throw new IllegalStateException("gathering already started");
            }
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
                events.gatheringComplete(this);
            } else {
                gatherThread = new Thread(this::gatherFromServers, "jpeer-ice-gather-" + name);
                gatherThread.setDaemon(true);
                gatherThread.start();
            }
        }
        LOG.debug("generation {} gathering: {} host candidate(s)", name, hosts.size());
    }

    boolean gatheringStarted() {
        return component != null;
    }

    private void gatherFromServers() {
        try {
            agent.startCandidateTrickle(candidates -> {
                if (candidates == null) {
                    events.gatheringComplete(this);
                } else {
                    candidates.forEach(this::emitLocalCandidate);
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("generation {} server gathering failed", name, e);
            events.gatheringComplete(this);
        }
    }

    void setRemoteParameters(IceParameters remote) {
        synchronized (lock) {
            Secrets.register(remote.ufrag());
            Secrets.register(remote.pwd());
            remoteParameters = remote;
            stream.setRemoteUfrag(remote.ufrag());
            stream.setRemotePassword(remote.pwd());
            tryStartChecks();
        }
    }

    void addRemoteCandidate(IceCandidate candidate) {
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
            LOG.debug("generation {} ignores remote {} {} candidate (unusable here; learned from checks if reachable)",
                    name, candidate.transport(), candidate.type().sdpName());
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

    void start(IceRole newRole) {
        synchronized (lock) {
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

    /** The pair ice4j selected (nominated), if any. */
    Optional<org.ice4j.ice.CandidatePair> ice4jSelectedPair() {
        Component c = component;
        return Optional.ofNullable(c == null ? null : c.getSelectedPair());
    }

    IceCandidate toIceCandidate(org.ice4j.ice.Candidate<?> c) {
        return Candidates.toIceCandidate(c, extensions);
    }

    /** Where to send for {@code pair}: its local socket or TURN allocation; empty if it is not ours. */
    Optional<SelectedPairTransport.Route> routeFor(org.ice4j.ice.CandidatePair pair) {
        LocalCandidate local = pair.getLocalCandidate();
        LocalCandidate base = local.getBase() == null ? local : local.getBase();
        Optional<? extends DatagramOut> out;
        if (base instanceof EndpointHostCandidate host) {
            out = Optional.of(host.endpoint());
        } else if (base instanceof RelayedCandidate relayed) {
            out = relays.find(relayed);
        } else {
            out = Optional.empty();
        }
        TransportAddress remote = pair.getRemoteCandidate().getTransportAddress();
        return out.map(o -> new SelectedPairTransport.Route(o, new InetSocketAddress(remote.getAddress(), remote.getPort())));
    }

    long socketDrops() {
        long n = relays.drops();
        for (HostSocket socket : hostHarvester.sockets()) {
            n += socket.drops();
        }
        return n;
    }

    // ---- ice4j callbacks: ice4j threads, never under our lock ----

    private void onIce4jStateChange(PropertyChangeEvent event) {
        if (event.getNewValue() instanceof IceProcessingState s) {
            events.ice4jState(this, s);
        }
    }

    private void onPairChange(PropertyChangeEvent event) {
        if (event.getSource() instanceof org.ice4j.ice.CandidatePair pair && pair.isValid()) {
            transport.authorize(pair.getRemoteCandidate().getTransportAddress());
            events.pairValidated(this, pair);
        }
    }

    /** Reports {@code candidate}; a relayed one only if its socket is being read, so the peer can use it at once. */
    private void emitLocalCandidate(LocalCandidate candidate) {
        if (candidate instanceof RelayedCandidate relayed) {
            if (relays.find(relayed).isEmpty()) {
                return;
            }
            pairLateLocalCandidate(relayed);
        } else if (relayOnly) {
            return;
        }
        events.localCandidate(this, toIceCandidate(candidate));
    }

    /**
     * ice4j pairs local candidates with remote ones only when a remote candidate arrives (and ignores
     * one it already has), so a relayed candidate allocated after the peer's candidates came would
     * never be checked. This adds its pairs to the running check list the way ice4j adds trickled
     * ones. ice4j calls this from inside its gathering, so only a copy is taken under our lock:
     * a remote candidate added later is paired by ice4j itself, the relayed one being known by then.
     */
    private void pairLateLocalCandidate(RelayedCandidate local) {
        List<RemoteCandidate> known;
        synchronized (lock) {
            if (!checksStarted || closed) {
                return;
            }
            known = List.copyOf(remoteCandidates);
        }
        CheckList checkList = stream.getCheckList();
        synchronized (checkList) {
            for (RemoteCandidate remote : known) {
                if (local.canReach(remote) && checkList.findPairMatching(local, remote) == null) {
                    checkList.add(new org.ice4j.ice.CandidatePair(local, remote));
                }
            }
        }
    }

    /** Frees the ice4j agent, every socket and the gathering thread. Idempotent. */
    @Override
    public void close() {
        Thread gatherer;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            gatherer = gatherThread;
        }
        agent.free();
        relays.closeAll();
        hostHarvester.closeAll();
        if (gatherer != null && gatherer != Thread.currentThread()) {
            gatherer.interrupt();
            try {
                gatherer.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Secrets.forget(localParameters.ufrag());
        Secrets.forget(localParameters.pwd());
        IceParameters remote = remoteParameters;
        if (remote != null) {
            Secrets.forget(remote.ufrag());
            Secrets.forget(remote.pwd());
        }
        LOG.debug("generation {} closed", name);
    }
}
