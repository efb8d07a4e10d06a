package org.jpeer.signaling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jpeer.signaling.IceServer;
import org.junit.jupiter.api.Test;

class LinkHeadersTest {
    @Test
    void formatsAsRfc9725Shows() {
        assertEquals("<stun:stun.example.net>; rel=\"ice-server\"", LinkHeaders.format(IceServer.of("stun:stun.example.net")));
        assertEquals("<turn:turn.example.net?transport=udp>; rel=\"ice-server\"; username=\"user\"; "
                        + "credential=\"my\\\"Password\"; credential-type=\"password\"",
                LinkHeaders.format(new IceServer("turn:turn.example.net?transport=udp", "user", "my\"Password")));
    }

    @Test
    void parsesSeveralLinksPerHeaderAndSkipsOthers() {
        List<IceServer> servers = LinkHeaders.parseIceServers(List.of(
                "<stun:a.example>; rel=\"ice-server\", <https://example.com/x>; rel=\"next\"",
                "<turn:b.example?transport=tcp>; rel=ice-server; username=\"u,1\"; credential=\"p\\\"w\"",
                "garbage", "<ftp:x>; rel=\"ice-server\""));
        assertEquals(List.of(IceServer.of("stun:a.example"), new IceServer("turn:b.example?transport=tcp", "u,1", "p\"w")),
                servers);
    }

    @Test
    void roundTrips() {
        IceServer turn = new IceServer("turns:t.example:5349", "name", "se;cret");
        assertEquals(List.of(turn), LinkHeaders.parseIceServers(List.of(LinkHeaders.format(turn))));
    }
}
