package org.jpeer.ice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteCandidateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "candidate:1 1 udp abc 127.0.0.1 5000 typ host|priority",
            "candidate:1 1 udp 100 127.0.0.1 70000 typ host|port",
            "candidate:1 1 udp 100 127.0.0.1 5000 typ bogus|typ",
            "candidate:1 1 udp 100 127.0.0.1 5000 kind host|typ",
            "candidate:1 0 udp 100 127.0.0.1 5000 typ host|component-id",
            "candidate:1 1 udp 100 127.0.0.1|candidate",
            "candidate:1 1 udp 100 127.0.0.1 5000 typ srflx rport 1|rport"})
    void malformedCandidatesFailNamingTheField(String text, String field) {
        InvalidCandidateException e = assertThrows(InvalidCandidateException.class, () -> IceCandidate.parse(text));
        assertEquals(field, e.field());
    }

    @Test
    void unusableCandidatesAreIgnoredWithoutLookupsOrErrors() throws Exception {
        try (Peers p = new Peers()) {
            IceAgent a = p.controlling.agent;
            a.addRemoteCandidate(IceCandidate.parse("candidate:1 1 udp 100 4b3d-1c2e.local 5000 typ host"));
            a.addRemoteCandidate(IceCandidate.parse("candidate:1 1 udp 100 example.invalid 5000 typ host"));
            a.addRemoteCandidate(IceCandidate.parse("candidate:1 1 tcp 100 127.0.0.1 9 typ host tcptype active"));
            a.addRemoteCandidate(IceCandidate.parse("candidate:1 2 udp 100 127.0.0.1 5000 typ host"));
            a.addRemoteCandidate(IceCandidate.parse("candidate:1 1 udp 100 127.0.0.256 5000 typ host"));
            p.controlled.candidates.forEachLater(a::addRemoteCandidate);
            p.controlling.candidates.forEachLater(p.controlled.agent::addRemoteCandidate);
            p.exchangeParameters().start().gather();
            p.awaitConnected();
        }
    }
}
