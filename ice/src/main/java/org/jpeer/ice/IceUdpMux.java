package org.jpeer.ice;

import java.io.IOException;
import java.net.InetSocketAddress;

import org.jpeer.ice.internal.UdpMux;

/**
 * One UDP port shared by many agents (server mode, for echo bots and media servers with many peers):
 * each agent given this mux in {@link IceAgentConfig#udpMux()} gets one host candidate on the mux's
 * address instead of sockets of its own. Datagrams are told apart by the ufrag in a check's STUN
 * USERNAME and from then on by the sender's address. One reader thread serves every agent.
 *
 * <pre>{@code
 * try (IceUdpMux mux = IceUdpMux.bind(new InetSocketAddress("192.0.2.10", 3478))) {
 *     IceAgentConfig config = IceAgentConfig.builder()
 *         .allowedAddresses(List.of(mux.localAddress().getAddress()))
 *         .udpMux(mux)
 *         .build();
 *     // IceAgent.create(config) for each peer; close each agent when its peer leaves
 * }
 * }</pre>
 *
 * The owner closes the mux after its agents; agents never close it.
 */
public interface IceUdpMux extends AutoCloseable {

    /** Binds {@code address} (port 0 picks one) and starts reading. */
    static IceUdpMux bind(InetSocketAddress address) throws IOException {
        return UdpMux.bind(address);
    }

    InetSocketAddress localAddress();

    /** Agents (ICE generations) currently registered. */
    int registeredAgents();

    /** Datagrams dropped because no agent claimed them, or unreadable. */
    long droppedDatagrams();

    /** Stops reading and frees the port. Idempotent. */
    @Override
    void close();
}
