package org.jpeer.ice.internal;

import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Component;
import org.ice4j.ice.HostCandidate;
import org.ice4j.socket.IceSocketWrapper;
import org.ice4j.socket.IceUdpSocketWrapper;

/** A host candidate on a {@link UdpEndpoint}: ice4j's STUN traffic goes through {@link StunView}s of its inbox. */
final class EndpointHostCandidate extends HostCandidate {
    private final UdpEndpoint endpoint;

    EndpointHostCandidate(UdpEndpoint endpoint, Component component) {
        super(new IceUdpSocketWrapper(endpoint.inbox()), component, Transport.UDP);
        this.endpoint = endpoint;
    }

    UdpEndpoint endpoint() {
        return endpoint;
    }

    /** Every STUN datagram of the socket, whichever server it came from: our reader already sorted them. */
    @Override
    public IceSocketWrapper getStunSocket(TransportAddress serverAddress) {
        return new StunView(endpoint.inbox());
    }
}
