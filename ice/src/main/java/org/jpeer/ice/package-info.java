/**
 * ICE for JPeer: {@link org.jpeer.ice.IceAgent} gathers candidates, runs connectivity checks over
 * ice4j and exposes the selected pair as an {@link org.jpeer.ice.IceTransport} for DTLS and SRTP.
 *
 * <h2>What JPeer changes in ice4j, and why</h2>
 * Set once, process-wide, before the first ice4j agent exists ({@code internal.Ice4jDefaults}):
 * the AWS metadata probe and the other mapping harvesters are off (ice4j would contact
 * 169.254.169.254); ice4j's own host harvester is off (it enumerates every interface and never
 * loopback), replaced by sockets on exactly the allowed addresses; ice4j's per-component merging
 * socket is off, because our own reader thread per socket sorts datagrams (STUN to ice4j, the rest
 * to the transport without copying); consent checks every ~2 s; ice4j's java.util.logging output
 * goes to SLF4J at WARN with every ICE ufrag and password removed.
 *
 * <h2>Sockets</h2>
 * Every socket is a {@link java.net.DatagramSocket} read by one thread of ours, never a channel:
 * interrupting a thread while it sends on a channel closes the channel, and the senders are ice4j's
 * pools (which cancel with interrupts) and the DTLS and media threads above. ice4j gets each socket's
 * STUN through a queue ({@code internal.StunInboxSocket}), not its own filtered views, which copy
 * every datagram and keep a file descriptor after close.
 *
 * <h2>ICE restart</h2>
 * ice4j cannot restart an agent, so each {@link org.jpeer.ice.IceAgent#restart()} makes a new ice4j
 * agent (a generation) with its own sockets behind the same {@link org.jpeer.ice.IceTransport}; the
 * transport switches to it once it is established, and the old one is freed a second later.
 *
 * <h2>Server mode</h2>
 * {@link org.jpeer.ice.IceUdpMux} puts many agents on one port: the ufrag in a check's USERNAME finds
 * the agent, whose sender addresses are then bound to it.
 *
 * <h2>TURN</h2>
 * Relayed candidates come from ice4j's TURN client (UDP to the server; ice4j has no TCP/TLS to a TURN
 * server). ice4j allocates through the host socket's STUN path, so the server's Data indications
 * reach it through our reader like any STUN; media on a relayed pair leaves through ice4j's relayed
 * socket (Send indications) and arrives on a reader of our own per allocation. Under
 * {@link org.jpeer.ice.IceTransportPolicy#RELAY} host sockets still reach the server but form no pair.
 *
 * <h2>Threads</h2>
 * Per agent: one event thread {@code jpeer-ice-events-N} (all callbacks, in order), one reader
 * {@code jpeer-ice-rx-PORT} per local socket (datagram delivery), ice4j's {@code IceConnector@...}
 * per socket, {@code jpeer-ice-relay-rx-N} per TURN allocation, and {@code jpeer-ice-gather-N}
 * while STUN/TURN servers are being asked (twice that during a restart). All end on
 * {@code close()}. An {@link org.jpeer.ice.IceUdpMux} has one reader {@code jpeer-ice-mux-PORT} for all its
 * agents, ended by its own {@code close()}. ice4j's shared pools ({@code ice4j.Agent-*}, {@code ice4j.NetAccessManager-*},
 * {@code ice4j.StunStack-*}, {@code ice4j.StunClientTransaction-*}) are process-wide.
 */
package org.jpeer.ice;
