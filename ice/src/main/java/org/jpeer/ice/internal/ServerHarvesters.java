package org.jpeer.ice.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.harvest.CandidateHarvester;
import org.ice4j.ice.harvest.StunCandidateHarvester;
import org.ice4j.security.LongTermCredential;
import org.jpeer.ice.IceServer;

/**
 * ice4j harvesters for the configured servers: STUN (RFC 7064) and TURN (RFC 7065) over UDP, TURN
 * with the server's long-term credential. TCP and TLS to the server are refused: ice4j has TURN
 * over UDP only.
 */
record ServerHarvesters(List<CandidateHarvester> harvesters) {
    static final int DEFAULT_PORT = 3478;

    /** @param relays where the relayed candidates' sockets are read */
    static ServerHarvesters from(List<IceServer> servers, RelayEndpoints relays) {
        List<CandidateHarvester> result = new ArrayList<>();
        for (IceServer server : servers) {
            for (String url : server.urls()) {
                result.add(harvester(url, server, relays));
            }
        }
        return new ServerHarvesters(List.copyOf(result));
    }

    boolean isEmpty() {
        return harvesters.isEmpty();
    }

    private static CandidateHarvester harvester(String url, IceServer server, RelayEndpoints relays) {
        Objects.requireNonNull(server, "server");
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : url.substring(colon + 1);
        int query = rest.indexOf('?');
        String hostPort = query < 0 ? rest : rest.substring(0, query);
        String params = query < 0 ? "" : rest.substring(query + 1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("stun") && !scheme.equals("turn")) {
            throw new IllegalArgumentException("ice server url '" + url + "': scheme must be stun or turn"
                    + (scheme.equals("stuns") || scheme.equals("turns") ? " (TLS to the server is not supported)" : ""));
        }
        if (!params.isEmpty() && !params.equals("transport=udp")) {
            throw new IllegalArgumentException("ice server url '" + url + "': only transport=udp is supported");
        }
        TransportAddress address = address(url, hostPort);
        if (scheme.equals("stun")) {
            return new StunCandidateHarvester(address);
        }
        if (server.username() == null || server.credential() == null) {
            throw new IllegalArgumentException("ice server url '" + url + "': a turn: server needs username and credential");
        }
        // ice4j logs TURN requests; the bridge then removes the credential.
        Secrets.register(server.credential());
        return new RelayHarvester(address, new LongTermCredential(server.username(), server.credential()), relays);
    }

    private static TransportAddress address(String url, String hostPort) {
        try {
            URI uri = new URI("x://" + hostPort);
            String host = uri.getHost();
            if (host == null || hostPort.contains("@")) {
                throw new IllegalArgumentException("ice server url '" + url + "': expected host[:port]");
            }
            int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            // A configured server name is resolved once here: the user asked for that server.
            return new TransportAddress(InetAddress.getByName(bare), port, Transport.UDP);
        } catch (java.net.URISyntaxException | UnknownHostException e) {
            throw new IllegalArgumentException("ice server url '" + url + "': " + e.getMessage(), e);
        }
    }
}
