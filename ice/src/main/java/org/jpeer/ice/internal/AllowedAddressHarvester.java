package org.jpeer.ice.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ice4j.ice.Component;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.harvest.AbstractCandidateHarvester;

/**
 * Host candidates on exactly the allowed addresses, loopback included (ice4j's own host harvester
 * skips loopback and enumerates every interface, so it is switched off).
 *
 * <p>Each address gets a {@link HostSocket}: a socket of its own, or a share of a {@link UdpMux};
 * ice4j sees it as an {@link EndpointHostCandidate} whose STUN traffic flows through the socket's
 * {@link StunInboxSocket}.
 */
final class AllowedAddressHarvester extends AbstractCandidateHarvester {
    /** Opens the host socket for one address. */
    interface Opener {
        HostSocket open(InetAddress address) throws IOException;
    }

    private final List<InetAddress> addresses;
    private final Opener opener;
    private final boolean pairable;
    private final List<HostSocket> sockets = new CopyOnWriteArrayList<>();

    /** @param pairable false under the relay-only policy: the sockets only reach the TURN servers */
    AllowedAddressHarvester(List<InetAddress> addresses, Opener opener, boolean pairable) {
        this.addresses = List.copyOf(addresses);
        this.opener = opener;
        this.pairable = pairable;
    }

    @Override
    public Collection<LocalCandidate> harvest(Component component) {
        List<LocalCandidate> harvested = new ArrayList<>();
        for (InetAddress address : addresses) {
            try {
                HostSocket socket = opener.open(address);
                sockets.add(socket);
                EndpointHostCandidate candidate = new EndpointHostCandidate(socket, component, pairable);
                component.addLocalCandidate(candidate);
                candidate.getStunStack().addSocket(candidate.getStunSocket(null));
                harvested.add(candidate);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind a UDP socket on " + address.getHostAddress(), e);
            }
        }
        return harvested;
    }

    @Override
    public boolean isHostHarvester() {
        return true;
    }

    List<HostSocket> sockets() {
        return sockets;
    }

    void closeAll() {
        sockets.forEach(HostSocket::close);
    }
}
