package org.jpeer.ice.internal;

import org.ice4j.TransportAddress;
import org.ice4j.ice.HostCandidate;
import org.ice4j.ice.RelayedCandidate;
import org.ice4j.ice.harvest.TurnCandidateHarvest;
import org.ice4j.ice.harvest.TurnCandidateHarvester;
import org.ice4j.security.LongTermCredential;
import org.ice4j.socket.IceSocketWrapper;

/**
 * ice4j's TURN client, with relayed candidates whose STUN goes through a {@link RelayEndpoint} of
 * ours rather than a filtered view of ice4j's (see there why).
 */
final class RelayHarvester extends TurnCandidateHarvester {
    private final RelayEndpoints relays;

    RelayHarvester(TransportAddress server, LongTermCredential credential, RelayEndpoints relays) {
        super(server, credential);
        this.relays = relays;
    }

    @Override
    protected TurnCandidateHarvest createHarvest(HostCandidate hostCandidate) {
        return new TurnCandidateHarvest(this, hostCandidate) {
            @Override
            protected RelayedCandidate createRelayedCandidate(TransportAddress relayed, TransportAddress mapped) {
                return new EndpointRelayedCandidate(relayed, this, mapped);
            }
        };
    }

    private final class EndpointRelayedCandidate extends RelayedCandidate {
        EndpointRelayedCandidate(TransportAddress relayed, TurnCandidateHarvest harvest, TransportAddress mapped) {
            super(relayed, harvest, mapped);
        }

        /** Empty only while the agent closes; ice4j's own view then serves its last moments. */
        @Override
        public IceSocketWrapper getStunSocket(TransportAddress serverAddress) {
            return relays.open(this).map(RelayEndpoint::stunSocket).orElseGet(() -> super.getStunSocket(serverAddress));
        }
    }
}
