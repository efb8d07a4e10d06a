package org.jpeer.ice;

import java.util.Optional;
import java.util.function.Consumer;

import org.jpeer.ice.internal.Ice4jAgent;

/**
 * One ICE agent for one transport (a bundled peer connection needs one): gathers local candidates,
 * checks pairs against the remote candidates and exposes the selected pair as an {@link IceTransport}.
 * Built on ice4j.
 *
 * <pre>{@code
 * IceAgent agent = IceAgent.create(IceAgentConfig.defaults());
 * agent.onLocalCandidate(c -> signaling.sendCandidate(c.toSdpValue()));
 * agent.onGatheringStateChange(s -> { if (s == IceGatheringState.COMPLETE) signaling.sendEndOfCandidates(); });
 * agent.onConnectionStateChange(s -> log.info("ice {}", s.w3cName()));
 * agent.startGathering();
 * // ... after the offer/answer exchange:
 * agent.setRemoteParameters(new IceParameters(remoteUfrag, remotePwd));
 * agent.start(IceRole.CONTROLLING);
 * remoteCandidates.forEach(agent::addRemoteCandidate);   // any time, in any order
 * agent.transport().setReceiver((buf, off, len) -> ...);
 * }</pre>
 *
 * <h2>Threads</h2>
 * Every callback registered with {@code on...} runs on the agent's own event thread
 * ({@code jpeer-ice-events-N}), one at a time and in the order the events happened; register them
 * before {@link #startGathering()}. Datagrams reach the {@link DatagramReceiver} on the socket reader
 * thread ({@code jpeer-ice-rx-PORT}). All methods are thread-safe. ice4j runs its checks on its own
 * process-wide pools.
 */
public interface IceAgent extends AutoCloseable {

    /** Creates an agent; no socket is opened before {@link #startGathering()}. */
    static IceAgent create(IceAgentConfig config) {
        return Ice4jAgent.create(config);
    }

    /** Our ufrag and password, fresh per agent and per {@link #restart()}, for the local description. */
    IceParameters localParameters();

    /** Called with each local candidate the moment it is gathered (trickle ICE). */
    void onLocalCandidate(Consumer<IceCandidate> listener);

    void onGatheringStateChange(Consumer<IceGatheringState> listener);

    void onConnectionStateChange(Consumer<IceConnectionState> listener);

    /** Binds the host sockets and starts STUN/TURN gathering; at most once. */
    void startGathering();

    /** The remote ufrag and password; required before checks can start. */
    void setRemoteParameters(IceParameters remote);

    /**
     * Adds a remote candidate, before or after {@link #start}. Candidates that cannot be used here
     * (TCP, other components, {@code .local} or other names) are ignored: their addresses are learned
     * as peer-reflexive from the peer's checks instead.
     */
    void addRemoteCandidate(IceCandidate candidate);

    /** The peer has sent all its candidates; lets the state reach {@link IceConnectionState#COMPLETED}. */
    void endOfRemoteCandidates();

    /** Starts connectivity checks in the given role as soon as remote parameters and a candidate are known. */
    void start(IceRole role);

    /**
     * ICE restart (RFC 8445 §9, W3C {@code restartIce()}): fresh local credentials and, if gathering
     * had started, a new round of gathering whose candidates are trickled with the new ufrag. The
     * peer's new parameters and candidates then go to {@link #setRemoteParameters} and
     * {@link #addRemoteCandidate} as usual; checks start in the role already given. Traffic keeps
     * using the current pair until the new generation has selected one, then switches to it on the
     * same {@link #transport()}; the old sockets are freed shortly after.
     *
     * <pre>{@code
     * IceParameters fresh = agent.restart();
     * signaling.sendOffer(withIceCredentials(fresh));
     * // on the answer:
     * agent.setRemoteParameters(answerIceParameters);
     * }</pre>
     *
     * @return the new local ufrag and password, for the next offer or answer
     * @throws IllegalStateException if the agent is closed
     */
    IceParameters restart();

    IceGatheringState gatheringState();

    IceConnectionState connectionState();

    /** The datagram transport over the selected pair; the same instance for the agent's lifetime. */
    IceTransport transport();

    Optional<CandidatePair> selectedPair();

    /** Frees every socket and thread of this agent; the state becomes {@link IceConnectionState#CLOSED}. Idempotent. */
    @Override
    void close();
}
