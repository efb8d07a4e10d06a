package org.jpeer.ice.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.ice4j.ice.RelayedCandidate;
import org.ice4j.socket.IceSocketWrapper;
import org.ice4j.socket.MultiplexingDatagramSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media side of a TURN allocation (a relayed candidate): sends through ice4j's relayed socket,
 * which wraps each datagram in a Send indication to the server, and reads the non-STUN datagrams
 * that the server's Data indications carried, on its own thread.
 *
 * <p>ice4j's STUN stack reads the relayed socket's STUN (the checks arriving through the relay) from
 * its own view; this endpoint takes the other view, so the two never compete for a datagram. Data
 * indications rather than ChannelData: ice4j binds channels only on a host socket of its own
 * multiplexing kind, so on ours it installs permissions and the server answers in indications,
 * which our host reader already routes to ice4j as STUN.
 */
final class RelayEndpoint implements DatagramOut, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RelayEndpoint.class);
    private static final AtomicInteger IDS = new AtomicInteger();

    private final RelayedCandidate candidate;
    private final IceSocketWrapper socket;
    private final DatagramSocket nonStun;
    private final PacketSink sink;
    private final Thread reader;
    private final byte[] buffer = new byte[UdpEndpoint.MAX_DATAGRAM];

    final LongAdder garbage = new LongAdder();
    final LongAdder readErrors = new LongAdder();

    private volatile boolean open = true;

    private RelayEndpoint(RelayedCandidate candidate, DatagramSocket nonStun, PacketSink sink) {
        this.candidate = candidate;
        this.socket = candidate.getCandidateIceSocketWrapper();
        this.nonStun = nonStun;
        this.sink = sink;
        this.reader = new Thread(this::readLoop, "jpeer-ice-relay-rx-" + IDS.incrementAndGet());
        reader.setDaemon(true);
    }

    /** Starts reading the relayed candidate's non-STUN datagrams. */
    static RelayEndpoint open(RelayedCandidate candidate, PacketSink sink) throws SocketException {
        MultiplexingDatagramSocket mux = (MultiplexingDatagramSocket) candidate.getCandidateIceSocketWrapper().getUDPSocket();
        DatagramSocket nonStun = mux.getSocket(p -> PacketKind.of(p.getData(), p.getOffset(), p.getLength()) != PacketKind.STUN);
        RelayEndpoint endpoint = new RelayEndpoint(candidate, nonStun, sink);
        endpoint.reader.start();
        return endpoint;
    }

    RelayedCandidate candidate() {
        return candidate;
    }

    /** ice4j copies the datagram into its TURN send queue, so the caller's bytes are free on return. */
    @Override
    public void send(byte[] buf, int off, int len, InetSocketAddress to) throws IOException {
        socket.send(new DatagramPacket(buf, off, len, to));
    }

    private void readLoop() {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (open) {
            try {
                packet.setData(buffer, 0, buffer.length);
                nonStun.receive(packet);
                dispatch(packet);
            } catch (SocketException e) {
                if (!open || nonStun.isClosed()) {
                    break;
                }
                readErrors.increment();
            } catch (IOException | RuntimeException e) {
                readErrors.increment();
                LOG.debug("relayed datagram dropped: {}", e.toString());
            }
        }
    }

    private void dispatch(DatagramPacket packet) {
        int len = packet.getLength();
        switch (PacketKind.of(buffer, 0, len)) {
            case DTLS, RTP_RTCP -> sink.onPacket(buffer, 0, len, (InetSocketAddress) packet.getSocketAddress());
            default -> garbage.increment();
        }
    }

    @Override
    public void close() {
        open = false;
        nonStun.close();
        if (Thread.currentThread() != reader) {
            reader.interrupt();
            try {
                reader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
