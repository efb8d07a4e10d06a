package org.jpeer.ice.internal;

import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Candidate;
import org.ice4j.ice.Component;
import org.ice4j.ice.HostCandidate;
import org.ice4j.socket.IceSocketWrapper;
import org.ice4j.socket.IceUdpSocketWrapper;

/**
 * A host candidate on a {@link HostSocket}: ice4j's STUN traffic goes through {@link StunView}s of its
 * inbox. Under the relay-only policy it is still the base of the TURN allocation but pairs with nothing.
 */
final class EndpointHostCandidate extends HostCandidate {
    private final HostSocket endpoint;
    private final boolean pairable;

    EndpointHostCandidate(HostSocket endpoint, Component component, boolean pairable) {
        super(new IceUdpSocketWrapper(endpoint.inbox()), component, Transport.UDP);
        this.endpoint = endpoint;
        this.pairable = pairable;
    }

    /** ice4j forms check pairs only from candidates that can reach the remote one. */
    @Override
    public boolean canReach(Candidate<?> remote) {
        return pairable && super.canReach(remote);
    }

    HostSocket endpoint() {
        return endpoint;
    }

    /** Every STUN datagram of the socket, whichever server it came from: our reader already sorted them. */
    @Override
    public IceSocketWrapper getStunSocket(TransportAddress serverAddress) {
        return new StunView(endpoint.inbox());
    }
}
