package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class IceAgentConfigTest {

    @Test
    void defaultsStayOnLoopbackWithoutServers() {
        IceAgentConfig c = IceAgentConfig.defaults();
        assertEquals(List.of(InetAddress.getLoopbackAddress()), c.allowedAddresses());
        assertEquals(List.of(), c.iceServers());
        assertEquals(Duration.ofMillis(5), c.checkInterval());
    }

    @Test
    void refusesWhatWouldMisbehave() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> IceAgentConfig.builder().checkInterval(Duration.ofMillis(2)).build());
        assertThrows(IllegalArgumentException.class, () -> IceAgentConfig.builder().allowedAddresses(List.of()).build());
        assertThrows(IllegalArgumentException.class,
                () -> IceAgentConfig.builder().allowedAddresses(List.of(InetAddress.getByName("0.0.0.0"))).build());
    }

    @Test
    void relayPolicyNeedsATurnServer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IceAgentConfig.builder()
                .iceServers(List.of(IceServer.stun("stun:127.0.0.1:3478"))).iceTransportPolicy(IceTransportPolicy.RELAY).build());
        assertEquals("iceTransportPolicy: RELAY needs a turn: server in iceServers", e.getMessage());
        assertEquals(IceTransportPolicy.ALL, IceAgentConfig.defaults().iceTransportPolicy());
    }

    @Test
    void credentialsNeverShowInToString() {
        IceParameters p = new IceParameters("abcd", "0123456789012345678901");
        assertFalse(p.toString().contains("abcd") || p.toString().contains("0123456789"));
        assertFalse(IceServer.turn("turn:127.0.0.1", "user", "secret").toString().contains("secret"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IceParameters("ab", "x"));
        assertEquals("ice-ufrag: length 2 is not in 4..256", e.getMessage());
    }
}
