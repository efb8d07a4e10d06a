package org.jpeer.ice.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Candidate;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.Component;
import org.ice4j.ice.RemoteCandidate;
import org.jpeer.ice.IceCandidate;

/** Converts between ice4j's candidates and our {@link IceCandidate} values. */
final class Candidates {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final List<IceCandidate.Extension> GENERATION_0 = List.of(new IceCandidate.Extension("generation", "0"));

    private Candidates() {
    }

    /**
     * The extensions on our candidates: {@code generation 0} as browsers send, and after a restart
     * the generation number and {@code ufrag}, so that a peer can tell a late candidate of the old
     * generation from one of the new.
     */
    static List<IceCandidate.Extension> extensions(int generation, String ufrag) {
        return generation == 0 ? GENERATION_0 : List.of(new IceCandidate.Extension("generation", Integer.toString(generation)),
                new IceCandidate.Extension("ufrag", ufrag));
    }

    static IceCandidate toIceCandidate(Candidate<?> c, List<IceCandidate.Extension> extensions) {
        TransportAddress address = c.getTransportAddress();
        TransportAddress related = c.getRelatedAddress();
        return new IceCandidate(
                c.getFoundation(),
                c.getParentComponent().getComponentID(),
                c.getTransport().toString().toLowerCase(Locale.ROOT),
                c.getPriority(),
                address.getAddress().getHostAddress(),
                address.getPort(),
                typeOf(c.getType()),
                related == null ? null : related.getAddress().getHostAddress(),
                related == null ? -1 : related.getPort(),
                extensions);
    }

    /**
     * The ice4j remote candidate for {@code c}, or empty when this agent cannot use it: not UDP, not
     * our component, or an address that is not an IP literal ({@code .local} mDNS names and host names
     * are never resolved here, so no lookup leaves the machine).
     */
    static Optional<RemoteCandidate> toRemote(IceCandidate c, Component component) {
        if (!c.isUdp() || c.component() != component.getComponentID()) {
            return Optional.empty();
        }
        Optional<InetAddress> ip = ipLiteral(c.address());
        if (ip.isEmpty() || c.port() == 0) {
            return Optional.empty();
        }
        TransportAddress address = new TransportAddress(ip.get(), c.port(), Transport.UDP);
        return Optional.of(new RemoteCandidate(address, component, ice4jType(c.type()), c.foundation(), c.priority(), null));
    }

    /** Parses an IPv4 or IPv6 literal without ever consulting DNS. */
    static Optional<InetAddress> ipLiteral(String text) {
        try {
            if (text.indexOf(':') >= 0) {
                // With a leading hex digit or ':' the JDK parses an IPv6 literal and never looks it up.
                boolean literal = !text.isEmpty() && (Character.digit(text.charAt(0), 16) >= 0 || text.charAt(0) == ':');
                return literal ? Optional.of(InetAddress.getByName(text)) : Optional.empty();
            }
            var m = IPV4.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(m.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static IceCandidate.Type typeOf(CandidateType type) {
        return switch (type) {
            case SERVER_REFLEXIVE_CANDIDATE, STUN_CANDIDATE -> IceCandidate.Type.SRFLX;
            case PEER_REFLEXIVE_CANDIDATE -> IceCandidate.Type.PRFLX;
            case RELAYED_CANDIDATE -> IceCandidate.Type.RELAY;
            case HOST_CANDIDATE, LOCAL_CANDIDATE -> IceCandidate.Type.HOST;
        };
    }

    static CandidateType ice4jType(IceCandidate.Type type) {
        return switch (type) {
            case HOST -> CandidateType.HOST_CANDIDATE;
            case SRFLX -> CandidateType.SERVER_REFLEXIVE_CANDIDATE;
            case PRFLX -> CandidateType.PEER_REFLEXIVE_CANDIDATE;
            case RELAY -> CandidateType.RELAYED_CANDIDATE;
        };
    }
}
