package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

import org.ice4j.ice.RelayedCandidate;
import org.ice4j.socket.IceSocketWrapper;

/**
 * A TURN allocation (a relayed candidate) read and sorted like a host socket: our reader
 * ({@code jpeer-ice-relay-rx-N}) takes every datagram the server's Data indications carried out of
 * ice4j's relayed socket and hands STUN (checks through the relay) to ice4j's inbox, DTLS and
 * RTP/RTCP to the transport. Sends go through ice4j's relayed socket, which wraps them in Send
 * indications to the server.
 *
 * <p>ice4j would give its STUN stack a filtered view of the relayed socket instead; those views never
 * release their own file descriptor, and a second view for media would compete with it.
 *
 * <p>Data indications rather than ChannelData: ice4j binds channels only on a host socket of its own
 * multiplexing kind, so on ours it installs permissions and the server answers in indications,
 * which our host reader already routes to ice4j as STUN.
 */
final class RelayEndpoint implements DatagramOut {
    private static final AtomicInteger IDS = new AtomicInteger();

    private final RelayedCandidate candidate;
    private final DatagramSocket relayed;
    private final StunInboxSocket inbox;
    private final SocketReader reader;
    private final DatagramSorter sorter;

    private RelayEndpoint(RelayedCandidate candidate, RttTracker rttTracker, PacketSink sink) throws SocketException {
        this.candidate = candidate;
        this.relayed = candidate.getCandidateIceSocketWrapper().getUDPSocket();
        this.inbox = new StunInboxSocket(relayed, rttTracker, to -> { });
        this.sorter = new DatagramSorter(inbox, rttTracker, sink);
        this.reader = new SocketReader(relayed, "jpeer-ice-relay-rx-" + IDS.incrementAndGet(),
                (buf, len, source) -> sorter.sort(buf, 0, len, source));
    }

    /** Starts reading the relayed candidate's datagrams. */
    static RelayEndpoint open(RelayedCandidate candidate, RttTracker rttTracker, PacketSink sink) throws SocketException {
        RelayEndpoint endpoint = new RelayEndpoint(candidate, rttTracker, sink);
        endpoint.reader.start();
        return endpoint;
    }

    RelayedCandidate candidate() {
        return candidate;
    }

    /** What ice4j's STUN stack reads and writes for this candidate. */
    IceSocketWrapper stunSocket() {
        return new StunView(inbox);
    }

    long drops() {
        return sorter.drops() + reader.errors();
    }

    /** ice4j copies the datagram into its TURN send queue, so the caller's bytes are free on return. */
    @Override
    public void send(byte[] buf, int off, int len, InetSocketAddress to) throws IOException {
        SocketReader.send(relayed, buf, off, len, to);
    }

    /** Closes the relayed socket (ice4j has released the allocation by then) and ends the reader. */
    void close() {
        inbox.close();
        reader.close();
    }
}
